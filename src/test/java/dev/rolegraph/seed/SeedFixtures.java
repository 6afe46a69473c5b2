package dev.rolegraph.seed;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid seed that each validation test breaks in one way. */
final class SeedFixtures {

	static final String SOURCES = """
			- id: "001"
			  file: 001.txt
			  title: An article
			  language: id
			  lines: 40
			""";

	static final String SKILLS = """
			- id: copywriting
			  name: {en: Copywriting, id: Copywriting}
			""";

	static final String OFFICER = """
			id: officer
			kind: ROLE
			name: {en: Social Media Officer, id: Social Media Officer}
			requires:
			  - {to: copywriting, essential: true, cite: ["001:25"]}
			""";

	private SeedFixtures() {
	}

	static Map<String, byte[]> files(String sources, String skills, String officer) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("sources.yaml", sources.getBytes(StandardCharsets.UTF_8));
		files.put("skills.yaml", skills.getBytes(StandardCharsets.UTF_8));
		files.put("roles/officer.yaml", officer.getBytes(StandardCharsets.UTF_8));
		return files;
	}

}
