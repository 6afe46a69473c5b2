package dev.rolegraph.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.rolegraph.vocabulary.TextRule;

/**
 * ESCO's CSV download (version 1.2 layout), read and checked whole before anything is written: occupations, skills
 * and ISCO groups with their labels in every language whose files are in the folder (English required), the
 * occupation-skill relations and the occupation pillar's broader relations. Columns are found by their header, so
 * their order does not matter; every problem names the file, the line and the column.
 */
final class EscoFolder {

	static final String OCCUPATIONS = "occupations_%s.csv";

	static final String SKILLS = "skills_%s.csv";

	static final String GROUPS = "ISCOGroups_%s.csv";

	static final String RELATIONS = "occupationSkillRelations_en.csv";

	static final String BROADER = "broaderRelationsOccPillar_en.csv";

	private static final Pattern LANGUAGE_FILE = Pattern.compile("occupations_([a-z]{2,3})\\.csv");

	/** An occupation, skill or ISCO group with its labels. */
	record Concept(String uri, String preferredEn, String descriptionEn, List<String> altEn, Set<String> otherLabels,
			Map<String, String> attributes, String file, int line) {
	}

	/** One row of the occupation-skill relations. */
	record Requirement(String occupationUri, String skillUri, boolean essential) {
	}

	/** One row of the broader relations: {@code uri} is narrower than {@code broaderUri}. */
	record Broader(String uri, String broaderUri) {
	}

	final Path dir;

	final List<String> languages;

	final Map<String, Concept> occupations = new LinkedHashMap<>();

	final Map<String, Concept> skills = new LinkedHashMap<>();

	final Map<String, Concept> groups = new LinkedHashMap<>();

	final List<Requirement> requirements = new ArrayList<>();

	final List<Broader> broader = new ArrayList<>();

	/** Rows read per file, in the order the files were read. */
	final Map<String, Integer> rows = new LinkedHashMap<>();

	private EscoFolder(Path dir, List<String> languages) {
		this.dir = dir;
		this.languages = languages;
	}

	/** Reads and checks every file; throws {@link CsvException} at the first problem. */
	static EscoFolder read(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			throw new CsvException(dir.toString(), 0, 0, "is not a folder");
		}
		Set<String> languages = new TreeSet<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.map(file -> LANGUAGE_FILE.matcher(file.getFileName().toString()))
				.filter(Matcher::matches)
				.forEach(matcher -> languages.add(matcher.group(1)));
		}
		if (!languages.contains("en")) {
			throw new CsvException(OCCUPATIONS.formatted("en"), 0, 0, "is missing from " + dir
					+ ": English labels are required (other languages are optional)");
		}
		List<String> ordered = new ArrayList<>(List.of("en"));
		languages.stream().filter(language -> !language.equals("en")).forEach(ordered::add);
		EscoFolder folder = new EscoFolder(dir, List.copyOf(ordered));
		folder.readConcepts(GROUPS, folder.groups, List.of("code"), false);
		folder.readConcepts(OCCUPATIONS, folder.occupations, List.of("iscoGroup", "code"), true);
		folder.readConcepts(SKILLS, folder.skills, List.of("skillType", "reuseLevel"), true);
		folder.readRequirements();
		folder.readBroader();
		return folder;
	}

	private void readConcepts(String pattern, Map<String, Concept> into, List<String> attributes, boolean required)
			throws IOException {
		for (String language : this.languages) {
			Path file = this.dir.resolve(pattern.formatted(language));
			if (!Files.exists(file)) {
				if (required && language.equals("en")) {
					throw new CsvException(file.getFileName().toString(), 0, 0, "is missing from " + this.dir);
				}
				continue;
			}
			boolean english = language.equals("en");
			List<String> columns = new ArrayList<>(List.of("conceptUri", "preferredLabel", "altLabels"));
			if (english) {
				columns.add("description");
				columns.addAll(attributes);
			}
			try (Table table = Table.open(file, columns)) {
				for (Table.Line line = table.next(); line != null; line = table.next()) {
					String uri = line.require("conceptUri");
					String preferred = line.text("preferredLabel");
					if (english) {
						if (preferred.isEmpty()) {
							throw line.problem("preferredLabel", "an English preferred label is required");
						}
						if (into.containsKey(uri)) {
							throw line.problem("conceptUri", "repeats " + uri + " (first on line " + into.get(uri).line() + ")");
						}
						Map<String, String> values = new HashMap<>();
						for (String attribute : attributes) {
							values.put(attribute, line.value(attribute));
						}
						String description = line.text("description");
						into.put(uri, new Concept(uri, preferred, description.isEmpty() ? null : description,
								labels(line.text("altLabels")), new LinkedHashSet<>(), values, table.file(), line.number()));
					}
					else {
						Concept concept = into.get(uri);
						if (concept == null) {
							throw line.problem("conceptUri", uri + " is not in the English file");
						}
						if (!preferred.isEmpty()) {
							concept.otherLabels().add(preferred);
						}
						concept.otherLabels().addAll(labels(line.text("altLabels")));
					}
				}
				this.rows.put(table.file(), table.rows());
			}
		}
	}

	private void readRequirements() throws IOException {
		Path file = this.dir.resolve(RELATIONS);
		try (Table table = Table.open(file, List.of("occupationUri", "relationType", "skillUri"))) {
			for (Table.Line line = table.next(); line != null; line = table.next()) {
				String occupation = line.require("occupationUri");
				String skill = line.require("skillUri");
				String type = line.value("relationType");
				if (!this.occupations.containsKey(occupation)) {
					throw line.problem("occupationUri", occupation + " is not an occupation of " + OCCUPATIONS.formatted("en"));
				}
				if (!this.skills.containsKey(skill)) {
					throw line.problem("skillUri", skill + " is not a skill of " + SKILLS.formatted("en"));
				}
				if (!type.equals("essential") && !type.equals("optional")) {
					throw line.problem("relationType", "'" + type + "' is neither essential nor optional");
				}
				this.requirements.add(new Requirement(occupation, skill, type.equals("essential")));
			}
			this.rows.put(table.file(), table.rows());
		}
	}

	private void readBroader() throws IOException {
		Path file = this.dir.resolve(BROADER);
		if (!Files.exists(file)) {
			return;
		}
		try (Table table = Table.open(file, List.of("conceptUri", "broaderUri"))) {
			for (Table.Line line = table.next(); line != null; line = table.next()) {
				String uri = line.require("conceptUri");
				String broaderUri = line.require("broaderUri");
				for (String column : List.of("conceptUri", "broaderUri")) {
					String value = column.equals("conceptUri") ? uri : broaderUri;
					if (!this.occupations.containsKey(value) && !this.groups.containsKey(value)) {
						throw line.problem(column, value + " is neither an occupation nor an ISCO group of the folder");
					}
				}
				this.broader.add(new Broader(uri, broaderUri));
			}
			this.rows.put(table.file(), table.rows());
		}
	}

	/** ESCO keeps alternative labels one per line inside a field. */
	static List<String> labels(String field) {
		return field.lines().map(String::strip).filter(label -> !label.isEmpty()).distinct().toList();
	}

	/** A CSV file read by its header: the named columns must be there, each row as long as the header. */
	static final class Table implements AutoCloseable {

		private final CsvReader reader;

		private final Map<String, Integer> columns = new HashMap<>();

		private int size;

		private int rows;

		private Table(CsvReader reader) {
			this.reader = reader;
		}

		static Table open(Path file, List<String> required) throws IOException {
			if (!Files.exists(file)) {
				throw new CsvException(file.getFileName().toString(), 0, 0, "is missing from " + file.getParent());
			}
			Table table = new Table(new CsvReader(file));
			CsvReader.Row header = table.reader.next();
			if (header == null) {
				throw new CsvException(table.file(), 1, 0, "is empty: a header line was expected");
			}
			table.size = header.fields().size();
			for (int i = 0; i < header.fields().size(); i++) {
				table.columns.put(header.fields().get(i).strip(), i);
			}
			for (String column : required) {
				if (!table.columns.containsKey(column)) {
					throw new CsvException(table.file(), header.line(), 0,
							"the header has no column '" + column + "' (it has " + header.fields() + ")");
				}
			}
			return table;
		}

		String file() {
			return this.reader.file();
		}

		int rows() {
			return this.rows;
		}

		Line next() throws IOException {
			CsvReader.Row row = this.reader.next();
			if (row == null) {
				return null;
			}
			if (row.fields().size() != this.size) {
				throw new CsvException(file(), row.line(), Math.min(row.fields().size(), this.size) + 1,
						"has " + row.fields().size() + " fields where the header has " + this.size);
			}
			this.rows++;
			return new Line(row);
		}

		@Override
		public void close() throws IOException {
			this.reader.close();
		}

		/** One data row, read by column name. */
		final class Line {

			private final CsvReader.Row row;

			private Line(CsvReader.Row row) {
				this.row = row;
			}

			int number() {
				return this.row.line();
			}

			String value(String column) {
				Integer index = Table.this.columns.get(column);
				return index == null ? "" : this.row.fields().get(index).strip();
			}

			/** A value that must be present. */
			String require(String column) {
				String value = value(column);
				if (value.isEmpty()) {
					throw problem(column, "is empty");
				}
				return value;
			}

			/** A value that will be stored as text: it must follow the graph's text rule. */
			String text(String column) {
				String value = value(column);
				TextRule.problem(value).ifPresent(problem -> {
					throw problem(column, problem);
				});
				return value;
			}

			CsvException problem(String column, String problem) {
				return new CsvException(file(), this.row.line(), Table.this.columns.getOrDefault(column, -1) + 1,
						"(" + column + ") " + problem);
			}

		}

	}

}
