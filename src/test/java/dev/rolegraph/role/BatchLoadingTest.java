package dev.rolegraph.role;

import java.util.List;

import dev.rolegraph.ApiTest;
import dev.rolegraph.DriverSessions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of roles with their skills and tools costs the same number of queries whatever its size, each in a read
 * transaction.
 */
class BatchLoadingTest extends ApiTest {

	private void listRoles(int first) {
		this.graphQl.document("{ roles(first: " + first + ") { edges { node { id "
				+ "skills { skill { id } citations { source { id } } } tools { tool { id } } } } } }")
			.execute()
			.path("roles.edges")
			.entityList(Object.class)
			.hasSize(first);
	}

	/** Cypher statements run while listing {@code first} roles. */
	private int statementsFor(int first) {
		return statementsWhile(() -> listRoles(first)).size();
	}

	@Test
	void listingAllRolesWithSkillsAndToolsTakesABoundedNumberOfQueries() {
		int few = statementsFor(2);
		int all = statementsFor(21);
		assertThat(few).isPositive().isLessThanOrEqualTo(5);
		assertThat(all).isEqualTo(few);
	}

	@Test
	void aRolePageWithItsSkillsToolsAndCareerStepsIsOneStatement() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("""
					{ role(id: "social-media-officer") { name skills { essential skill { id } citations { lines } }
					    tools { tool { id } } nextSteps { role { id name } } } }""")
			.execute()
			.path("role.skills")
			.entityList(Object.class)
			.hasSizeGreaterThan(5)
			.path("role.tools[*].tool.id")
			.entityList(String.class)
			.containsExactly("notion", "trello")
			.path("role.nextSteps[0].role.id")
			.entity(String.class)
			.isEqualTo("social-media-specialist"));
		assertThat(statements).hasSize(1);
	}

	@Test
	void rolesReachedFromARolePageStillLoadTheirListsInOneBatch() {
		List<String> statements = statementsWhile(() -> this.graphQl
			.document("{ role(id: \"social-media-manager\") { collaboratesWith { role { skills { skill { id } } } } } }")
			.execute()
			.path("role.collaboratesWith")
			.entityList(Object.class)
			.hasSizeGreaterThan(1));
		assertThat(statements).hasSize(2);
	}

	@Test
	void aPageOfRolesWithSkillsToolsAndSourcesReadsOnlyInReadSessions() {
		// The page is one statement; the sources of its citations come in one batch: each its own read transaction.
		var sessions = DriverSessions.openedWhile(() -> listRoles(5));
		assertThat(sessions).hasSize(2).allSatisfy(session -> {
			assertThat(session.mode()).isEqualTo(AccessMode.READ);
			assertThat(session.closed()).isTrue();
		});
	}

	@Test
	void aQueryAboutTheSchemaOnlyOpensNoSession() {
		var sessions = DriverSessions.openedWhile(() -> this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query"));
		assertThat(sessions).isEmpty();
	}

}
