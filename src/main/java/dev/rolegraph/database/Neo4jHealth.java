package dev.rolegraph.database;

import java.time.Duration;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database as the readiness probe sees it: DOWN while it cannot be reached, so a load balancer stops sending
 * traffic to this instance (liveness stays UP: restarting the application would not bring the database back). In
 * place of Spring Boot's indicator, which logs a stack trace at every failed probe; an outage is logged once, by
 * {@link DatabaseOutage}, and a probe that succeeds ends it.
 */
@Component("neo4j")
class Neo4jHealth implements HealthIndicator {

	/** A probe answers within this; a database slower than that is not ready for questions either. */
	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	private static final String PROBE = """
			CALL dbms.components() YIELD name, versions, edition
			WHERE name = 'Neo4j Kernel'
			RETURN versions[0] AS version, edition""";

	private final Driver driver;

	private final DatabaseOutage outage;

	Neo4jHealth(Driver driver, DatabaseOutage outage) {
		this.driver = driver;
		this.outage = outage;
	}

	@Override
	public Health health() {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			Result result = session.run(PROBE, TransactionConfig.builder().withTimeout(PROBE_TIMEOUT).build());
			Record row = result.single();
			String server = result.consume().server().address();
			this.outage.answered();
			return Health.up()
				.withDetail("server", server)
				.withDetail("version", row.get("version").asString())
				.withDetail("edition", row.get("edition").asString())
				.build();
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isUnavailable(ex)) {
				this.outage.refused(ex);
			}
			return Health.down().withDetail("error", ex.getClass().getSimpleName()).build();
		}
	}

}
