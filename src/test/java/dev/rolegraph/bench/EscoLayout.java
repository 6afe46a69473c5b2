package dev.rolegraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic graph of the benchmark's size in ESCO's CSV layout (version 1.2), so that the benchmark can
 * time a full-size import: at x1, 3,000 occupations, 14,000 skills, 130,000 occupation-skill relations, a four-level
 * ISCO-like hierarchy and a second language. Occupations come in families of {@value #FAMILY} that draw 25 of their
 * 43 skills from a family pool of 28 (so that two of a family overlap by about a third of their skills, as related
 * ESCO occupations do), the rest from a skewed draw over all skills. Made-up data under {@code http://example.org/rolegraph-bench/}, with
 * the files' quirks: a byte-order mark, quoted fields with commas, quotes and line breaks, labels one per line.
 */
final class EscoLayout {

	private static final String BASE = "http://example.org/rolegraph-bench/";

	/** Occupations come in families of this many consecutive numbers (0-7, 8-15, ...), like ESCO's narrow groups. */
	static final int FAMILY = 8;

	/** The skills a family's occupations draw from, and how many of each occupation's skills come from there. */
	private static final int FAMILY_POOL = 28;

	private static final int FROM_FAMILY = 25;

	record Sizes(int occupations, int skills, int relations) {

		static Sizes at(double scale) {
			return new Sizes((int) Math.round(3000 * scale), (int) Math.round(14000 * scale),
					(int) Math.round(130_000 * scale));
		}

	}

	private final Random random = new Random(SyntheticGraph.SEED);

	private final Sizes sizes;

	private List<String> allGroups = List.of();

	EscoLayout(double scale) {
		this.sizes = Sizes.at(scale);
	}

	Sizes sizes() {
		return this.sizes;
	}

	/** Writes the folder; returns the number of relations written. */
	int write(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<String> groups = groups(dir);
		String[] occupationGroups = new String[this.sizes.occupations()];
		try (var en = file(dir, "occupations_en.csv"); var de = file(dir, "occupations_de.csv")) {
			String header = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
					+ "regulatedProfessionNote,scopeNote,definition,inScheme,description,code";
			header(en, header);
			header(de, header);
			for (int i = 0; i < this.sizes.occupations(); i++) {
				String group = groups.get(this.random.nextInt(groups.size()));
				occupationGroups[i] = group;
				String name = SyntheticGraph.name(this.random, i);
				line(en, "Occupation", BASE + "occupation/" + i, group, name, name + " lead\n" + name + " officer", "",
						"released", "2024-01-25T11:28:50Z", "", "", "", "",
						i % 7 == 0 ? "" : "Plans and runs \"" + name + "\" work, reports on it, and trains others.", group + "." + i);
				line(de, "Occupation", BASE + "occupation/" + i, group, "Beruf " + name, "Fachkraft " + name, "",
						"released", "2024-01-25T11:28:50Z", "", "", "", "", "", group + "." + i);
			}
		}
		try (var en = file(dir, "skills_en.csv"); var de = file(dir, "skills_de.csv")) {
			String header = "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
					+ "modifiedDate,scopeNote,definition,inScheme,description";
			header(en, header);
			header(de, header);
			for (int i = 0; i < this.sizes.skills(); i++) {
				String name = SyntheticGraph.name(this.random, i);
				String type = i % 3 == 0 ? "knowledge" : "skill/competence";
				line(en, "KnowledgeSkillCompetence", BASE + "skill/" + i, type, "cross-sector", name, "apply " + name, "",
						"released", "2024-01-01T00:00:00Z", "", "", "",
						"Use " + name + ", well.\nKnow when not to.");
				line(de, "KnowledgeSkillCompetence", BASE + "skill/" + i, type, "cross-sector", "Kompetenz " + name, "",
						"", "released", "2024-01-01T00:00:00Z", "", "", "", "");
			}
		}
		int relations = 0;
		try (var out = file(dir, "occupationSkillRelations_en.csv")) {
			header(out, "occupationUri,relationType,skillType,skillUri");
			int perOccupation = this.sizes.relations() / Math.max(1, this.sizes.occupations());
			int fromFamily = Math.min(perOccupation, FROM_FAMILY);
			List<Integer> pool = new ArrayList<>();
			Set<Integer> essentialInFamily = new java.util.HashSet<>();
			for (int i = 0; i < this.sizes.occupations(); i++) {
				if (i % FAMILY == 0) {
					// A new family: the skills its occupations draw most of theirs from, and which of them are essential.
					pool.clear();
					essentialInFamily.clear();
					while (pool.size() < FAMILY_POOL) {
						int skill = this.random.nextInt(this.sizes.skills());
						if (!pool.contains(skill)) {
							pool.add(skill);
							if (this.random.nextDouble() < 0.8) {
								essentialInFamily.add(skill);
							}
						}
					}
				}
				java.util.Collections.shuffle(pool, this.random);
				Set<Integer> chosen = new LinkedHashSet<>(pool.subList(0, fromFamily));
				while (chosen.size() < perOccupation) {
					// Skewed like real taxonomies: a few skills are required by many occupations.
					chosen.add((int) (Math.pow(this.random.nextDouble(), 2) * this.sizes.skills()));
				}
				for (int skill : chosen) {
					boolean essential = essentialInFamily.contains(skill) || this.random.nextDouble() < 0.4;
					line(out, BASE + "occupation/" + i, essential ? "essential" : "optional",
							skill % 3 == 0 ? "knowledge" : "skill/competence", BASE + "skill/" + skill);
					relations++;
				}
			}
		}
		try (var out = file(dir, "broaderRelationsOccPillar_en.csv")) {
			header(out, "conceptType,conceptUri,broaderType,broaderUri");
			for (String group : this.allGroups) {
				if (group.length() > 1) {
					line(out, "ISCOGroup", iscoUri(group), "ISCOGroup", iscoUri(group.substring(0, group.length() - 1)));
				}
			}
			for (int i = 0; i < this.sizes.occupations(); i++) {
				line(out, "Occupation", BASE + "occupation/" + i, "ISCOGroup", iscoUri(occupationGroups[i]));
				if (i > 0 && i % 5 == 0) {
					// ESCO nests some occupations under others, too.
					line(out, "Occupation", BASE + "occupation/" + i, "Occupation", BASE + "occupation/" + (i - 1));
				}
			}
		}
		return relations;
	}

	/** A four-level hierarchy: 10 major groups, 4 sub-groups each, down to 4-digit codes. */
	private List<String> groups(Path dir) throws IOException {
		List<String> all = new ArrayList<>();
		List<String> leaves = new ArrayList<>();
		try (var out = file(dir, "ISCOGroups_en.csv")) {
			header(out, "conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description");
			for (int major = 0; major < 10; major++) {
				String a = String.valueOf(major);
				all.add(a);
				for (int b = 1; b <= 4; b++) {
					all.add(a + b);
					for (int c = 1; c <= 3; c++) {
						all.add(a + b + c);
						for (int d = 1; d <= 3; d++) {
							all.add(a + b + c + d);
							leaves.add(a + b + c + d);
						}
					}
				}
			}
			for (String code : all) {
				line(out, "ISCOGroup", iscoUri(code), code, "group " + code, "released", "", "", "");
			}
		}
		this.allGroups = all;
		return leaves;
	}

	private static String iscoUri(String code) {
		return BASE + "isco/C" + code;
	}

	private static BufferedWriter file(Path dir, String name) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		return writer;
	}

	private static void header(BufferedWriter out, String header) throws IOException {
		out.write(header);
		out.write("\r\n");
	}

	private static void line(BufferedWriter out, String... fields) throws IOException {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			String field = fields[i];
			boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0;
			out.write(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
		}
		out.write("\r\n");
	}

}
