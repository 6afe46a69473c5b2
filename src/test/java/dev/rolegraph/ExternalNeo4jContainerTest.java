package dev.rolegraph;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The same end-to-end check against a Neo4j server in Docker, proving the app runs unchanged on an external
 * database. Skipped where Docker is absent, as on our machines and in CI.
 */
@Testcontainers(disabledWithoutDocker = true)
// Any URI keeps the embedded database off; the container's connection details replace it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.neo4j.uri=bolt://replaced-by-testcontainers:7687")
@Tag("end-to-end")
class ExternalNeo4jContainerTest {

	@Container
	@ServiceConnection
	static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08").withoutAuthentication();

	@LocalServerPort
	int port;

	@Test
	void theSeededApiAnswersFromAnExternalServer() {
		var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/graphql").build();
		HttpGraphQlTester.create(client)
			.document("{ role(id: \"social-media-officer\") { name tools { tool { id } } } }")
			.execute()
			.path("role.name")
			.entity(String.class)
			.isEqualTo("Social Media Officer")
			.path("role.tools[*].tool.id")
			.entityList(String.class)
			.containsExactly("notion", "trello");
	}

}
