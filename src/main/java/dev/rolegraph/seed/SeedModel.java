package dev.rolegraph.seed;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shapes of the files in seed/, as people write them. Absent lists read as empty. */
final class SeedModel {

	private SeedModel() {
	}

	/** A label in both languages. */
	record Text(String en, @JsonProperty("id") String indonesian) {
	}

	/** An article the facts come from; {@code lines} bounds the citations that point into it. */
	record Source(String id, String file, String title, String publisher, String author, LocalDate published,
			String language, String url, int lines, String sha256) {
	}

	/** A skill, responsibility, tool or platform. */
	record Thing(String id, Text name, Text description, List<String> aliases) {

		Thing {
			aliases = aliases == null ? List.of() : aliases;
		}

	}

	/** A bilingual statement about a role, with the lines that state or imply it. */
	record Attribute(String en, @JsonProperty("id") String indonesian, List<String> cite, boolean inferred) {

		Attribute {
			cite = cite == null ? List.of() : cite;
		}

	}

	/** Relative seniority: a higher rank is more senior. */
	record Seniority(Integer rank, String en, @JsonProperty("id") String indonesian, List<String> cite,
			boolean inferred) {

		Seniority {
			cite = cite == null ? List.of() : cite;
		}

	}

	/** A salary range as an article reports it. */
	record Salary(Long min, Long max, String currency, String period, String region, String reportedBy,
			List<String> cite, boolean inferred) {

		Salary {
			cite = cite == null ? List.of() : cite;
		}

	}

	/** A relationship from the role of the file to {@code to}. {@code essential} only applies to skills. */
	record Link(String to, Boolean essential, List<String> cite, boolean inferred, String note) {

		Link {
			cite = cite == null ? List.of() : cite;
		}

	}

	/** One role (or team) and everything the articles say about it. */
	record Role(String id, String kind, Text name, Attribute description, Seniority seniority, Salary salary,
			Attribute audience, Attribute accountPractice, List<Link> requires, List<Link> responsibilities,
			List<Link> uses, List<Link> worksOn, List<Link> reportsTo, List<Link> collaboratesWith,
			List<Link> progressesTo) {

		Role {
			requires = orEmpty(requires);
			responsibilities = orEmpty(responsibilities);
			uses = orEmpty(uses);
			worksOn = orEmpty(worksOn);
			reportsTo = orEmpty(reportsTo);
			collaboratesWith = orEmpty(collaboratesWith);
			progressesTo = orEmpty(progressesTo);
		}

		private static List<Link> orEmpty(List<Link> links) {
			return links == null ? List.of() : links;
		}

	}

	/** An entry and the file it came from, so that every message can name both. */
	record Located<T>(String file, int index, T entry) {

		String where(String id) {
			return this.file + (this.index >= 0 ? " entry " + (this.index + 1) : "") + (id != null ? " (" + id + ")" : "");
		}

	}

}
