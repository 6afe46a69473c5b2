package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;

import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The similarity moves on a fixture of three job roles and a team ({@code fixtures/moves.cypher}), computed by
 * {@link SimilarMoves} and kept right by curation's writes: after each write the stored moves equal the moves
 * computed from scratch.
 */
@GraphTest
class CurationKeepsSimilarMovesTest {

	private static final String MOVES = """
			MATCH (a:Role)-[m:SIMILAR_TO]->(b:Role)
			RETURN a.id + '~' + b.id AS pair, m.score AS score ORDER BY pair""";

	@Autowired
	private SimilarMoves moves;

	@Autowired
	private CurationGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "moves");
		refresh(List.of("writer", "editor", "designer", "content-team"));
	}

	private void refresh(List<String> roles) {
		this.moves.refresh((cypher, parameters) -> List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all()),
				roles);
	}

	private Map<String, Double> stored() {
		Map<String, Double> pairs = new java.util.TreeMap<>();
		this.client.query(MOVES).fetch().all().forEach(row -> pairs.put((String) row.get("pair"), (Double) row.get("score")));
		return pairs;
	}

	/** The moves from scratch: every job role computed again. */
	private Map<String, Double> fromScratch() {
		this.moves.refreshAll((cypher, parameters) -> List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all()));
		return stored();
	}

	@Test
	void deletingARoleTakesItsMovesAway() {
		this.graph.delete(Label.ROLE, "editor");
		assertThat(stored()).isEmpty();
		assertThat(stored()).isEqualTo(fromScratch());
	}

	@Test
	void writerAndEditorAreOneMoveScoredFromEssentialSkillsAllSkillsAndDuties() {
		Map<String, Double> pairs = stored();
		assertThat(pairs).containsOnlyKeys("editor~writer");
		// Essential skills 2 of 2, all skills 2 of 3, duties 1 of 1: (1 + 2/3 + 1) / 3.
		assertThat(pairs.get("editor~writer")).isCloseTo((1 + 2.0 / 3 + 1) / 3, within(1e-9));
	}

	@Test
	void aTeamIsNeverAnEndOfAMove() {
		assertThat(this.client.query("MATCH (:Role {kind: 'TEAM'})-[m:SIMILAR_TO]-() RETURN count(m) AS n")
			.fetchAs(Long.class)
			.one()).contains(0L);
	}

	@Test
	void aCuratorsNewRequirementCanCreateAMoveAndItsRemovalTakesItAway() {
		assertThat(stored()).doesNotContainKey("designer~writer");
		this.graph.link(Relation.REQUIRES, "designer", "copywriting", true, "003:5", false, null);
		this.graph.link(Relation.REQUIRES, "designer", "grammar", true, "003:6", false, null);
		Map<String, Double> after = stored();
		assertThat(after).containsKey("designer~writer");
		assertThat(after).isEqualTo(fromScratch());
		this.graph.unlink(Relation.REQUIRES, "designer", "grammar");
		this.graph.unlink(Relation.REQUIRES, "designer", "copywriting");
		assertThat(stored()).doesNotContainKey("designer~writer").isEqualTo(fromScratch());
	}

	@Test
	void deletingASkillOrADutyScoresItsRolesAgain() {
		this.graph.delete(Label.RESPONSIBILITY, "publish");
		Map<String, Double> withoutDuty = stored();
		assertThat(withoutDuty.get("editor~writer")).isCloseTo((1 + 2.0 / 3) / 2, within(1e-9));
		assertThat(withoutDuty).isEqualTo(fromScratch());
		this.graph.delete(Label.SKILL, "copywriting");
		assertThat(stored()).isEqualTo(fromScratch());
	}

}
