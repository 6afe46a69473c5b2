package dev.rolegraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;

/**
 * A deterministic graph of ESCO's size and shape: at scale 1, 3,000 roles, 14,000 skills and about 130,000
 * REQUIRES edges whose targets follow a power law (a few skills shared by many roles, most by few), plus
 * responsibilities, tools, platforms, a reporting hierarchy, and career steps that form long chains and cycles.
 * Names are drawn from a fixed vocabulary so that full-text search has realistic matches.
 */
final class SyntheticGraph {

	static final long SEED = 20261125L;

	private static final String[] WORDS = { "content", "strategy", "analytics", "community", "brand", "campaign",
			"social", "media", "digital", "marketing", "design", "video", "data", "customer", "product", "research",
			"writing", "editing", "planning", "budget", "sales", "growth", "audience", "platform", "search",
			"advertising", "public", "relations", "event", "partner", "influencer", "reporting", "quality",
			"operations", "support", "training", "policy", "moderation", "trend", "insight" };

	private static final int BATCH = 10_000;

	record Sizes(int roles, int skills, int requires, int responsibilities, int tools, int platforms) {

		static Sizes at(double scale) {
			return new Sizes((int) Math.round(3000 * scale), (int) Math.round(14000 * scale),
					(int) Math.round(130_000 * scale), (int) Math.round(5000 * scale), Math.max(20, (int) Math.round(600 * scale)),
					20);
		}

	}

	private final Sizes sizes;

	private final Random random = new Random(SEED);

	SyntheticGraph(double scale) {
		this.sizes = Sizes.at(scale);
	}

	Sizes sizes() {
		return this.sizes;
	}

	/** Loads everything in batches of write transactions; returns relationship counts by type. */
	Map<String, Integer> load(Driver driver) {
		Map<String, Integer> counts = new HashMap<>();
		write(driver, "MERGE (s:Source {id: 'synthetic'}) SET s.title = 'Synthetic benchmark graph', s.language = 'en', s.origin = 'synthetic'",
				List.of(Map.of()));
		nodes(driver, "Role", "Role", "Peran", this.sizes.roles(), (row) -> row.put("seniorityRank", 1 + this.random.nextInt(5)));
		nodes(driver, "Skill", "Skill", "Keahlian", this.sizes.skills(), row -> { });
		nodes(driver, "Responsibility", "Duty", "Tugas", this.sizes.responsibilities(), row -> { });
		nodes(driver, "Tool", "Tool", "Alat", this.sizes.tools(), row -> { });
		nodes(driver, "Platform", "Platform", "Platform", this.sizes.platforms(), row -> { });
		int perRole = Math.max(1, this.sizes.requires() / this.sizes.roles());
		counts.put("REQUIRES", links(driver, "REQUIRES", "Skill", "skill", this.sizes.skills(), perRole, true));
		counts.put("HAS_RESPONSIBILITY", links(driver, "HAS_RESPONSIBILITY", "Responsibility", "responsibility",
				this.sizes.responsibilities(), 6, false));
		counts.put("USES", links(driver, "USES", "Tool", "tool", this.sizes.tools(), 3, false));
		counts.put("WORKS_ON", links(driver, "WORKS_ON", "Platform", "platform", this.sizes.platforms(), 2, false));
		List<Map<String, Object>> reports = new ArrayList<>();
		List<Map<String, Object>> steps = new ArrayList<>();
		for (int i = 1; i < this.sizes.roles(); i++) {
			// A parent among the earlier roles, usually a close one: a deep hierarchy without loops.
			int parent = Math.max(0, i - 1 - (int) (Math.pow(this.random.nextDouble(), 3) * Math.min(i, 200)));
			reports.add(Map.of("from", "role-" + i, "to", "role-" + parent));
			int family = i / 30;
			steps.add(Map.of("from", "role-" + i, "to", "role-" + Math.min(this.sizes.roles() - 1, i + 1)));
			int other = this.random.nextDouble() < 0.8 ? family * 30 + this.random.nextInt(30) : this.random.nextInt(this.sizes.roles());
			if (other != i && other < this.sizes.roles()) {
				steps.add(Map.of("from", "role-" + i, "to", "role-" + other));
			}
		}
		counts.put("REPORTS_TO", roleLinks(driver, "REPORTS_TO", reports));
		counts.put("PROGRESSES_TO", roleLinks(driver, "PROGRESSES_TO", steps));
		return counts;
	}

	static String name(Random random, int id) {
		return WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + id;
	}

	private void nodes(Driver driver, String label, String en, String idn, int count, Consumer<Map<String, Object>> extra) {
		List<Map<String, Object>> rows = new ArrayList<>();
		String prefix = label.toLowerCase();
		for (int i = 0; i < count; i++) {
			String words = name(this.random, i);
			Map<String, Object> row = new HashMap<>();
			row.put("id", prefix + "-" + i);
			row.put("nameEn", en + " " + words);
			row.put("nameId", idn + " " + words);
			row.put("origin", "synthetic");
			if (label.equals("Role")) {
				row.put("kind", "ROLE");
			}
			row.put("aliases", List.of());
			extra.accept(row);
			rows.add(row);
		}
		write(driver, "UNWIND $rows AS row CREATE (n:%s) SET n = row".formatted(label), rows);
	}

	/** Each role links to {@code perRole} distinct targets drawn with a power-law skew towards low indexes. */
	private int links(Driver driver, String type, String label, String prefix, int targets, int perRole, boolean essential) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int r = 0; r < this.sizes.roles(); r++) {
			int n = Math.max(1, (int) Math.round(perRole * (0.5 + this.random.nextDouble())));
			Set<Integer> chosen = new LinkedHashSet<>();
			while (chosen.size() < Math.min(n, targets)) {
				chosen.add((int) (Math.pow(this.random.nextDouble(), 2.5) * targets));
			}
			for (int t : chosen) {
				Map<String, Object> row = new HashMap<>();
				row.put("from", "role-" + r);
				row.put("to", prefix + "-" + t);
				row.put("essential", essential ? this.random.nextDouble() < 0.7 : null);
				rows.add(row);
			}
		}
		write(driver, """
				UNWIND $rows AS row
				MATCH (a:Role {id: row.from}), (b:%s {id: row.to})
				CREATE (a)-[r:%s {cites: ['synthetic'], inferred: false, origin: 'synthetic'}]->(b)
				SET r.essential = row.essential""".formatted(label, type), rows);
		return rows.size();
	}

	private int roleLinks(Driver driver, String type, List<Map<String, Object>> rows) {
		write(driver, """
				UNWIND $rows AS row
				MATCH (a:Role {id: row.from}), (b:Role {id: row.to})
				CREATE (a)-[:%s {cites: ['synthetic'], inferred: false, origin: 'synthetic'}]->(b)""".formatted(type), rows);
		return rows.size();
	}

	private static void write(Driver driver, String cypher, List<Map<String, Object>> rows) {
		try (var session = driver.session()) {
			for (int from = 0; from < rows.size(); from += BATCH) {
				var batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
				session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
			}
		}
	}

}
