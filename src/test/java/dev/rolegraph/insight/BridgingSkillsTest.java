package dev.rolegraph.insight;

import java.util.Map;
import java.util.TreeMap;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.SoleBridges;
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

	private static final Map<String, Object> EVIDENCE = Map.of("sourceId", "003", "lines", "70");

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

	/** Runs the mutation kept as {@code graphql-test/<mutation>.graphql} with {@code input}; it must succeed. */
	private void curate(String mutation, Map<String, Object> input) {
		Map<String, Object> withEvidence = new java.util.HashMap<>(input);
		withEvidence.put("evidence", EVIDENCE);
		as("curator").documentName(mutation)
			.variable("input", withEvidence)
			.execute()
			.path(mutation + ".errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static Map<String, Object> requires(String from, String to) {
		return Map.of("from", from, "type", "REQUIRES", "to", to);
	}

	private static Map<String, Object> named(String id, String en, String indonesian) {
		return Map.of("id", id, "name", Map.of("en", en, "id", indonesian));
	}

	@Test
	void theCountsFollowEveryWriteThatChangesWhatRolesRequire() {
		assertKeptCountsAreRight();
		Map<String, Long> atStart = counts(KEPT);
		curate("createRole", named("bridge-test-role", "Bridge test role", "Peran uji"));
		curate("link", requires("bridge-test-role", "communication"));
		assertKeptCountsAreRight();
		// Five article roles require communication; the new role shares nothing else with any of them.
		assertThat(counts(KEPT).get("communication")).isEqualTo(atStart.get("communication") + 5);
		curate("link", requires("bridge-test-role", "data-analysis"));
		assertKeptCountsAreRight();
		curate("createSkill", named("bridge-test-skill", "Bridge test skill", "Keahlian uji"));
		curate("link", requires("social-media-officer", "bridge-test-skill"));
		curate("link", requires("bridge-test-role", "bridge-test-skill"));
		assertKeptCountsAreRight();
		curate("deleteSkill", Map.of("id", "bridge-test-skill"));
		assertKeptCountsAreRight();
		curate("unlink", requires("bridge-test-role", "communication"));
		assertKeptCountsAreRight();
		curate("deleteRole", Map.of("id", "bridge-test-role"));
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
		curate("createRole", named("bridge-test-role", "Bridge test role", "Peran uji"));
		curate("link", requires("bridge-test-role", "communication"));
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
	void zeroPairsIsABadRequestNamingThePairsFirst() {
		this.graphQl.document("{ bridgingSkills { pairs(first: 0) { a { id } } } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().startsWith("'pairs.first' must be between 1 and 100")
					&& "pairs.first".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
