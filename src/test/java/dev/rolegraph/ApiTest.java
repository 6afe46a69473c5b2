package dev.rolegraph;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.slf4j.LoggerFactory;

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

	/** Debug messages of {@code loggerName} logged while {@code work} runs. */
	protected static List<String> debugWhile(String loggerName, Runnable work) {
		Logger logger = (Logger) LoggerFactory.getLogger(loggerName);
		Level level = logger.getLevel();
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		logger.setLevel(Level.DEBUG);
		try {
			work.run();
			return events.list.stream()
				.filter(event -> event.getLevel() == Level.DEBUG)
				.map(ILoggingEvent::getFormattedMessage)
				.toList();
		}
		finally {
			logger.detachAppender(events);
			logger.setLevel(level);
		}
	}

	/** The Cypher statements the application ran while {@code work} ran (Spring Data Neo4j logs each one). */
	protected static List<String> statementsWhile(Runnable work) {
		return debugWhile("org.springframework.data.neo4j.cypher", work);
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
