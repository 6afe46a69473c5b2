package dev.rolegraph.career;

import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * careerPaths ranks every path, not the first ones the search happens to meet. The fixture has 22 x 22 x 22 =
 * 10,648 four-step paths (more than a cap of 10,000 candidates would examine); the one without new skills goes
 * through the roles created last in each layer, so it lies late in storage order.
 */
class CareerPathsExactTest extends ApiTest {

	private static final int WIDTH = 22;

	/** Layers of WIDTH roles, fully linked; each role requires a skill of its own except the last of each layer. */
	private static final String FIXTURE = """
			CREATE (source:Role {id: 'exact-source', kind: 'ROLE', nameEn: 'Exact source'})
			CREATE (known:Skill {id: 'exact-known', nameEn: 'Exact known skill'})
			CREATE (source)-[:REQUIRES {essential: true}]->(known)
			CREATE (target:Role {id: 'exact-target', kind: 'ROLE', nameEn: 'Exact target'})
			CREATE (target)-[:REQUIRES {essential: true}]->(:Skill {id: 'exact-target-skill', nameEn: 'Exact target skill'})
			WITH source, target, known
			UNWIND range(1, 3) AS layer
			UNWIND range(1, $width) AS i
			WITH source, target, known, layer, i, 'exact-' + layer + '-' + right('0' + i, 2) AS id
			CREATE (r:Role {id: id, kind: 'ROLE', nameEn: 'Exact ' + layer + '-' + right('0' + i, 2), layer: layer})
			FOREACH (_ IN CASE WHEN i = $width THEN [1] ELSE [] END | CREATE (r)-[:REQUIRES {essential: true}]->(known))
			FOREACH (_ IN CASE WHEN i < $width THEN [1] ELSE [] END |
			  CREATE (r)-[:REQUIRES {essential: true}]->(:Skill {id: id + '-skill', nameEn: 'Exact skill ' + id}))
			FOREACH (_ IN CASE WHEN layer = 1 THEN [1] ELSE [] END | CREATE (source)-[:PROGRESSES_TO]->(r))
			FOREACH (_ IN CASE WHEN layer = 3 THEN [1] ELSE [] END | CREATE (r)-[:PROGRESSES_TO]->(target))
			WITH count(*) AS created
			MATCH (a:Role), (b:Role) WHERE a.id STARTS WITH 'exact-' AND b.layer = a.layer + 1
			CREATE (a)-[:PROGRESSES_TO]->(b)
			WITH count(*) AS linked
			MATCH (last:Role {id: 'exact-3-22'}), (first:Role {id: 'exact-1-22'})
			CREATE (last)-[:PROGRESSES_TO]->(first)""";

	@BeforeEach
	void buildLayers() {
		write(FIXTURE, Map.of("width", WIDTH));
	}

	@AfterEach
	void removeLayers() {
		write("MATCH (n) WHERE n.id STARTS WITH 'exact-' DETACH DELETE n", Map.of());
	}

	@Test
	void thePathWithoutNewSkillsIsFoundAmongTenThousandEvenWhenStoredLast() {
		var paths = this.graphQl.document("""
				{ careerPaths(from: "exact-source", to: "exact-target", maxSteps: 4, first: 3) {
				    newSkills length steps { role { id } learn { id } } } }""").execute();
		paths.path("careerPaths[*].newSkills").entityList(Integer.class).containsExactly(1, 2, 2);
		paths.path("careerPaths[*].length").entityList(Integer.class).containsExactly(4, 4, 4);
		paths.path("careerPaths[0].steps[*].role.id").entityList(String.class)
			.containsExactly("exact-1-22", "exact-2-22", "exact-3-22", "exact-target");
		paths.path("careerPaths[0].steps[3].learn[*].id").entityList(String.class).containsExactly("exact-target-skill");
		// Ties on new skills and steps go by the roles' names: Exact 1-01 before Exact 1-02.
		paths.path("careerPaths[1].steps[*].role.id").entityList(String.class)
			.containsExactly("exact-1-01", "exact-2-22", "exact-3-22", "exact-target");
		paths.path("careerPaths[2].steps[*].role.id").entityList(String.class)
			.containsExactly("exact-1-02", "exact-2-22", "exact-3-22", "exact-target");
	}

	@Test
	void theStepBoundHoldsInsideTheSearch() {
		this.graphQl.document("""
				{ careerPaths(from: "exact-source", to: "exact-target", maxSteps: 3) { length } }""")
			.execute()
			.path("careerPaths")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aPathNeverVisitsARoleTwice() {
		var response = this.graphQl.document("""
				{ careerPaths(from: "exact-source", to: "exact-1-22", maxSteps: 8, first: 20) { steps { role { id } } } }""")
			.execute();
		// Through the link back from the last layer, the only ways to exact-1-22 are the direct step and the
		// 21 x 22 walks over another first-layer role; none may pass exact-1-22 twice.
		response.path("careerPaths").entityList(Object.class).hasSize(20);
		response.path("careerPaths[0].steps[*].role.id").entityList(String.class).containsExactly("exact-1-22");
		for (int i = 1; i < 20; i++) {
			List<String> roles = response.path("careerPaths[" + i + "].steps[*].role.id").entityList(String.class).get();
			assertThat(roles).doesNotHaveDuplicates().hasSize(4).endsWith("exact-3-22", "exact-1-22");
		}
	}

}
