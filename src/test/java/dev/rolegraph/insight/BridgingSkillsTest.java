package dev.rolegraph.insight;

import java.util.Map;
import java.util.TreeMap;

import dev.rolegraph.ApiTest;
import dev.rolegraph.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bridgingSkills ranks by a count each write keeps on the skills; after every kind of write that changes REQUIRES,
 * the kept counts must equal a count from scratch over every pair of roles.
 */
class BridgingSkillsTest extends ApiTest {

	/** The question asked the slow way: every pair of roles compared. */
	private static final String COUNT_FROM_SCRATCH = """
			MATCH (a:Role)-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(b:Role)
			WHERE a.id < b.id AND NOT EXISTS { (a)-[:REQUIRES]->(o:Skill)<-[:REQUIRES]-(b) WHERE o <> s }
			RETURN s.id AS id, count(*) AS pairs""";

	private static final String KEPT = """
			MATCH (s:Skill) WHERE s.soleBridgePairs > 0
			RETURN s.id AS id, s.soleBridgePairs AS pairs""";

	private static final String EVIDENCE = "{sourceId: \"003\", lines: \"70\"}";

	@Autowired
	SoleBridges soleBridges;

	@Autowired
	SeedLoader seedLoader;

	@AfterEach
	void removeTestData() {
		write("MATCH (n) WHERE n.id STARTS WITH 'bridge-test-' DETACH DELETE n", Map.of());
		this.soleBridges.countAll();
	}

	private Map<String, Long> counts(String cypher) {
		Map<String, Long> counts = new TreeMap<>();
		try (var session = this.driver.session()) {
			session.run(cypher).forEachRemaining(row -> counts.put(row.get("id").asString(), row.get("pairs").asLong()));
		}
		return counts;
	}

	private void assertKeptCountsAreRight() {
		assertThat(counts(KEPT)).isEqualTo(counts(COUNT_FROM_SCRATCH));
	}

	private void curate(String mutation) {
		as("curator").document("mutation { done: " + mutation + " { errors { code message } } }")
			.execute()
			.path("done.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static String link(String verb, String from, String to) {
		return verb + "(input: {from: \"" + from + "\", type: REQUIRES, to: \"" + to + "\", evidence: " + EVIDENCE + "})";
	}

	@Test
	void theCountsFollowEveryWriteThatChangesWhatRolesRequire() {
		assertKeptCountsAreRight();
		Map<String, Long> atStart = counts(KEPT);
		curate("createRole(input: {id: \"bridge-test-role\", name: {en: \"Bridge test role\", id: \"Peran uji\"}, evidence: "
				+ EVIDENCE + "})");
		curate(link("link", "bridge-test-role", "communication"));
		assertKeptCountsAreRight();
		// Five article roles require communication; the new role shares nothing else with any of them.
		assertThat(counts(KEPT).get("communication")).isEqualTo(atStart.get("communication") + 5);
		curate(link("link", "bridge-test-role", "data-analysis"));
		assertKeptCountsAreRight();
		curate("createSkill(input: {id: \"bridge-test-skill\", name: {en: \"Bridge test skill\", id: \"Keahlian uji\"}, evidence: "
				+ EVIDENCE + "})");
		curate(link("link", "social-media-officer", "bridge-test-skill"));
		curate(link("link", "bridge-test-role", "bridge-test-skill"));
		assertKeptCountsAreRight();
		curate("deleteSkill(input: {id: \"bridge-test-skill\", evidence: " + EVIDENCE + "})");
		assertKeptCountsAreRight();
		curate(link("unlink", "bridge-test-role", "communication"));
		assertKeptCountsAreRight();
		curate("deleteRole(input: {id: \"bridge-test-role\", evidence: " + EVIDENCE + "})");
		assertKeptCountsAreRight();
		assertThat(counts(KEPT)).isEqualTo(atStart);
	}

	@Test
	void aFirstLoadOfTheSeedCountsItsRoles() {
		write("MATCH (n {origin: 'seed'}) DETACH DELETE n", Map.of());
		this.soleBridges.countAll();
		assertThat(counts(KEPT)).isEmpty();
		this.seedLoader.load("classpath:seed/", true);
		assertThat(counts(KEPT)).containsEntry("communication", 1L);
		assertKeptCountsAreRight();
	}

	@Test
	void reloadingTheSeedKeepsTheCountsOfCuratedRolesRight() {
		curate("createRole(input: {id: \"bridge-test-role\", name: {en: \"Bridge test role\", id: \"Peran uji\"}, evidence: "
				+ EVIDENCE + "})");
		curate(link("link", "bridge-test-role", "communication"));
		this.seedLoader.load("classpath:seed/", true);
		assertKeptCountsAreRight();
	}

	@Test
	void eachSelectionOfPairsGetsAsManyAsItAsksFor() {
		this.graphQl.document("""
				{ bridgingSkills(first: 1) {
				    bridgedPairs few: pairs(first: 1) { a { id } b { id } } all: pairs(first: 100) { a { id } } } }""")
			.execute()
			.path("bridgingSkills[0].few")
			.entityList(Object.class)
			.hasSize(1)
			.path("bridgingSkills[0].few[0].a.id")
			.entity(String.class)
			.isEqualTo("community-manager")
			.path("bridgingSkills[0].all")
			.entityList(Object.class)
			.satisfies(all -> assertThat(all).hasSize(counts(KEPT).get("communication").intValue()));
	}

	@Test
	void zeroPairsIsABadRequestNamingFirst() {
		this.graphQl.document("{ bridgingSkills { pairs(first: 0) { a { id } } } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().startsWith("'first'"))
			.verify();
	}

}
