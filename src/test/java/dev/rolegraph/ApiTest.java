package dev.rolegraph;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * End-to-end tests over HTTP against the seeded embedded database. Every subclass has the same configuration,
 * so all of them share one Spring context and one database.
 */
@Tag("end-to-end")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DriverSessions.class)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected Driver driver;

	protected HttpGraphQlTester graphQl;

	protected WebTestClient http;

	@BeforeEach
	void connect() {
		// Longer than the server's own transaction timeout (10 s), so a slow question fails with its TIMEOUT error
		// rather than with the client giving up first on a loaded machine.
		this.http = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(java.time.Duration.ofSeconds(20))
			.build();
		this.graphQl = HttpGraphQlTester.create(this.http.mutate().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	/** The GraphQL tester with a test account's HTTP Basic credentials. */
	protected org.springframework.graphql.test.tester.HttpGraphQlTester as(String user) {
		String password = user.equals("reader") ? "reader-test-password" : "curator-test-password";
		return this.graphQl.mutate().headers(headers -> headers.setBasicAuth(user, password)).build();
	}

	/** The Cypher statements the application ran on the driver while {@code work} ran. */
	protected static List<String> statementsWhile(Runnable work) {
		return DriverSessions.statementsWhile(work);
	}

	/** Runs a write straight through the driver, as a fixture of a test. */
	protected void write(String cypher, java.util.Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
		}
	}

	/** One value from a read query, straight through the driver. */
	protected long count(String cypher) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher).single().get(0).asLong());
		}
	}

}
