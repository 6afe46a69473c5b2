package dev.rolegraph;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class WalkingSkeletonTest extends ApiTest {

	@Test
	void aNewcomerCanListTheSeededRoles() {
		this.graphQl.document("{ roles(kind: ROLE, first: 100) { edges { node { id name } } } }")
			.execute()
			.path("roles.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).contains("social-media-manager", "social-media-specialist",
					"social-media-strategist", "social-media-officer", "community-manager", "marketing-manager"));
	}

	@Test
	void aRolePageShowsNameDescriptionSkillsAndToolsInTheAskedLanguage() {
		var response = this.graphQl.document("""
				{ role(id: "social-media-officer") {
				    name(lang: ID) description(lang: ID) nameEn: name
				    skills { skill { id name(lang: ID) } essential }
				    tools { tool { id } citations { sourceId lines } } } }""").execute();
		response.path("role.nameEn").entity(String.class).isEqualTo("Social Media Officer");
		response.path("role.description").entity(String.class).satisfies(text -> assertThat(text).startsWith("Menjaga operasional"));
		response.path("role.skills[*].skill.id")
			.entityList(String.class)
			.contains("account-management", "copywriting", "communication");
		response.path("role.skills[?(@.skill.id == 'communication')].skill.name")
			.entityList(String.class)
			.containsExactly("Komunikasi");
		response.path("role.tools[*].tool.id").entityList(String.class).containsExactly("notion", "trello");
		response.path("role.tools[0].citations[0].lines").entity(String.class).isEqualTo("25");
	}

	@Test
	void catalogListsArePagedWithCursors() {
		var first = this.graphQl.document("{ tools(first: 4) { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
			.execute();
		first.path("tools.edges[*].node.id").entityList(String.class)
			.containsExactly("facebook-ads-manager", "google-analytics", "hootsuite", "instagram-insights");
		first.path("tools.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("tools.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("{ tools(first: 4, after: \"" + cursor + "\") { edges { node { id } } pageInfo { hasNextPage } } }")
			.execute()
			.path("tools.edges[*].node.id").entityList(String.class).containsExactly("notion", "trello")
			.path("tools.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		this.graphQl.document("{ platforms(first: 100) { edges { node { id } } } responsibilities(first: 100) { edges { cursor } } }")
			.execute()
			.path("platforms.edges").entityList(Object.class).hasSize(7)
			.path("responsibilities.edges").entityList(Object.class).hasSize(45);
	}

	@Test
	void healthIncludesTheNeo4jConnectionForOperators() {
		this.http.get()
			.uri("/actuator/health")
			.headers(headers -> headers.setBasicAuth("operator", "operator-test-password"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP");
	}

	@Test
	void everyListIsAConnectionWithNonNullEdgesAndATotal() {
		this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(schema -> {
				for (String type : java.util.List.of("Role", "Skill", "Tool", "Platform", "Responsibility")) {
					assertThat(schema).contains("edges: [" + type + "Edge!]!", "node: " + type + "!");
				}
				assertThat(schema.split("totalCount: Int!", -1)).hasSize(6);
			});
		this.graphQl.document("{ skills(first: 1) { totalCount } tools(first: 1) { totalCount } "
				+ "platforms(first: 1) { totalCount } responsibilities(first: 1) { totalCount } }")
			.execute()
			.path("skills.totalCount").entity(Long.class).isEqualTo(count("MATCH (n:Skill) RETURN count(n)"))
			.path("tools.totalCount").entity(Long.class).isEqualTo(count("MATCH (n:Tool) RETURN count(n)"))
			.path("platforms.totalCount").entity(Long.class).isEqualTo(count("MATCH (n:Platform) RETURN count(n)"))
			.path("responsibilities.totalCount").entity(Long.class)
			.isEqualTo(count("MATCH (n:Responsibility) RETURN count(n)"));
	}

	@Test
	void theSchemaIsPrintedWithItsDocumentation() {
		this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(schema -> assertThat(schema).contains("type Role", "\"Career steps from this role.\""));
	}

	@Test
	void graphiqlIsServedWithItsCodeFromThisServer() {
		this.http.get()
			.uri("/graphiql?path=/graphql")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("/webjars/graphiql/graphiql.min.js").doesNotContain("https://", "http://"));
		this.http.get().uri("/webjars/graphiql/graphiql.min.js").exchange().expectStatus().isOk();
		this.http.get().uri("/webjars/react/umd/react.production.min.js").exchange().expectStatus().isOk();
		this.http.get().uri("/webjars/react-dom/umd/react-dom.production.min.js").exchange().expectStatus().isOk();
	}

}
