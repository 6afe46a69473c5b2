package dev.rolegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.rolegraph.seed.SeedModel.Located;
import dev.rolegraph.seed.SeedModel.Role;
import dev.rolegraph.seed.SeedModel.Source;
import dev.rolegraph.seed.SeedModel.Thing;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reads the seed files below a location ({@code classpath:seed/} or {@code file:/some/dir/}). */
final class SeedReader {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// An absent flag such as `inferred: true` means false.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private SeedReader() {
	}

	static Seed read(String location) {
		String base = location.endsWith("/") ? location : location + "/";
		Map<String, byte[]> files = new TreeMap<>();
		try {
			Resource root = new PathMatchingResourcePatternResolver().getResource(base);
			String rootUrl = root.getURL().toString();
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(base + "**/*.yaml");
			Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
			for (Resource resource : resources) {
				String name = resource.getURL().toString().substring(rootUrl.length());
				try (InputStream in = resource.getInputStream()) {
					files.put(name, in.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new SeedException(List.of("cannot read the seed at " + location + ": " + ex.getMessage()));
		}
		if (files.isEmpty()) {
			throw new SeedException(List.of("no seed files (*.yaml) found at " + location));
		}
		return parse(files);
	}

	static Seed parse(Map<String, byte[]> files) {
		List<String> problems = new ArrayList<>();
		var sources = new ArrayList<Located<Source>>();
		var skills = new ArrayList<Located<Thing>>();
		var responsibilities = new ArrayList<Located<Thing>>();
		var tools = new ArrayList<Located<Thing>>();
		var platforms = new ArrayList<Located<Thing>>();
		var roles = new ArrayList<Located<Role>>();
		for (var file : new TreeMap<>(files).entrySet()) {
			String name = file.getKey();
			byte[] bytes = file.getValue();
			try {
				switch (name) {
					case "sources.yaml" -> sources.addAll(list(name, bytes, Source.class));
					case "skills.yaml" -> skills.addAll(list(name, bytes, Thing.class));
					case "responsibilities.yaml" -> responsibilities.addAll(list(name, bytes, Thing.class));
					case "tools.yaml" -> tools.addAll(list(name, bytes, Thing.class));
					case "platforms.yaml" -> platforms.addAll(list(name, bytes, Thing.class));
					default -> {
						if (name.startsWith("roles/")) {
							roles.add(new Located<>(name, -1, YAML.readValue(bytes, Role.class)));
						}
						else {
							problems.add(name + ": unknown seed file; expected sources, skills, responsibilities, "
									+ "tools, platforms or roles/<id>.yaml");
						}
					}
				}
			}
			catch (JacksonException ex) {
				problems.add(name + ": " + ex.getOriginalMessage()
						+ (ex.getLocation() != null ? " at line " + ex.getLocation().getLineNr() : ""));
			}
		}
		if (!problems.isEmpty()) {
			throw new SeedException(problems);
		}
		return new Seed(sources, skills, responsibilities, tools, platforms, roles, hash(files));
	}

	private static <T> List<Located<T>> list(String file, byte[] bytes, Class<T> type) {
		JavaType listType = YAML.getTypeFactory().constructCollectionType(List.class, type);
		List<T> entries = YAML.readValue(bytes, listType);
		var located = new ArrayList<Located<T>>();
		for (int i = 0; i < (entries == null ? 0 : entries.size()); i++) {
			located.add(new Located<>(file, i, entries.get(i)));
		}
		return located;
	}

	private static String hash(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (var file : new TreeMap<>(files).entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(file.getValue());
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
