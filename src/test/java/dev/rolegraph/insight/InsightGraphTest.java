package dev.rolegraph.insight;

import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.database.SoleBridges;
import dev.rolegraph.insight.Insights.GraphEdge;
import dev.rolegraph.insight.Insights.SkillDemand;
import dev.rolegraph.role.RoleLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** InsightGraph on a fixture of three roles and three skills ({@code fixtures/insight.cypher}). */
@GraphTest
class InsightGraphTest {

	@Autowired
	private InsightGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "insight");
	}

	@Test
	void writingIsTheMostDemandedSkillThenAnalytics() {
		var demand = this.graph.skillDemand(3, true, RoleLists.none()).getData();
		assertThat(demand).extracting(entry -> entry.skill().id(), SkillDemand::roles, SkillDemand::essentialRoles)
			.containsExactly(tuple("writing", 3, 2), tuple("analytics", 2, 2), tuple("planning", 1, 1));
		assertThat(demand.getFirst().requiredBy()).extracting(role -> role.id()).containsExactly("a", "b", "c");
	}

	@Test
	void writingAloneBridgesEachPairWithGamma() {
		// The kept counts are what bridgingSkills ranks by; the fixture is written without a writer keeping them.
		SoleBridges.apply((cypher, parameters) -> this.client.query(cypher).bindAll(parameters).run(),
				java.util.List.of("a", "b", "c"));
		var bridging = this.graph.bridgingSkills(5, 5, RoleLists.none()).getData();
		assertThat(bridging).first().satisfies(skill -> {
			assertThat(skill.skill().id()).isEqualTo("writing");
			assertThat(skill.bridgedPairs()).isEqualTo(2);
			assertThat(skill.pairs()).extracting(pair -> pair.a().id() + "-" + pair.b().id())
				.containsExactlyInAnyOrder("a-c", "b-c");
		});
	}

	@Test
	void aRolesNeighbourhoodHoldsItsNeighboursAndTheCitedEdges() {
		var around = this.graph.neighborhood("a", 1).orElseThrow();
		assertThat(around.nodes()).extracting(node -> node.id())
			.containsExactlyInAnyOrder("a", "b", "writing", "analytics", "canva");
		assertThat(around.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::type)
			.contains(tuple("a", "b", "REPORTS_TO"), tuple("a", "canva", "USES"));
		assertThat(around.edges()).filteredOn(edge -> edge.type().equals("REPORTS_TO"))
			.singleElement()
			.extracting(GraphEdge::inferred)
			.isEqualTo(true);
		assertThat(this.graph.neighborhood("nobody", 1)).isEmpty();
	}

}
