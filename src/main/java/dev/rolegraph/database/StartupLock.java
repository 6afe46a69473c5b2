package dev.rolegraph.database;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One instance at a time does start-up work (schema, seed, counts, moves) when several replicas start together on
 * one database: each step takes this lock, held in the database as a lease, then looks at what is already done and
 * skips it, so the first instance does the work and the others find it done. A lease, not a transaction's lock,
 * because a step runs several transactions (a schema change cannot share one with data); an instance that dies
 * holding it blocks the others for at most {@link #LEASE}.
 */
@Component
public class StartupLock {

	/** How long a holder keeps the lock without renewing it; longer than any start-up step on the seeded graph. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

	/** The uniqueness that makes concurrent MERGEs of the lock node agree on one node. */
	private static final String CONSTRAINT = """
			CREATE CONSTRAINT startup_lock_id IF NOT EXISTS FOR (l:StartupLock) REQUIRE l.id IS UNIQUE""";

	private static final String TAKE = """
			MERGE (l:StartupLock {id: 'startup'})
			// Locks the node before its holder is read: two replicas reading it at once would both see it free.
			SET l.asked = datetime()
			WITH l
			WHERE l.holder IS NULL OR l.holder = $me OR l.until < datetime()
			SET l.holder = $me, l.until = datetime() + duration({seconds: $lease}), l.step = $step
			RETURN l.holder AS holder""";

	private static final String HOLDER = "MATCH (l:StartupLock {id: 'startup'}) RETURN l.holder + ' (' + l.step + ')' AS holder";

	private static final String RELEASE = """
			MATCH (l:StartupLock {id: 'startup', holder: $me})
			SET l.holder = null, l.until = null, l.step = null""";

	private final Driver driver;

	/** This instance, as other instances read it in the log: process and host, and a random part for uniqueness. */
	private final String me = ManagementFactory.getRuntimeMXBean().getName() + " "
			+ UUID.randomUUID().toString().substring(0, 8);

	/** Whether the lock's constraint is known to exist; created once per instance, not at every step. */
	private volatile boolean constrained;

	StartupLock(Driver driver) {
		this.driver = driver;
	}

	/** Runs {@code step} while holding the lock; {@code name} says in the log what another instance waits for. */
	public <T> T during(String name, Supplier<T> step) {
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.WRITE).build())) {
			take(session, name);
			try {
				return step.get();
			}
			finally {
				session.run(RELEASE, Map.of("me", this.me)).consume();
			}
		}
	}

	/** Runs {@code step} while holding the lock. */
	public void during(String name, Runnable step) {
		during(name, () -> {
			step.run();
			return null;
		});
	}

	private void take(Session session, String step) {
		long started = System.nanoTime();
		boolean toldWaiting = false;
		while (true) {
			try {
				if (!this.constrained) {
					session.run(CONSTRAINT).consume();
					this.constrained = true;
				}
				List<String> taken = session.run(TAKE, Map.of("me", this.me, "lease", LEASE.toSeconds(), "step", step))
					.list(row -> row.get("holder").asString());
				if (!taken.isEmpty()) {
					if (toldWaiting) {
						log.info("Start-up lock taken for {} after {} ms", step, (System.nanoTime() - started) / 1_000_000);
					}
					return;
				}
				if (!toldWaiting) {
					String holder = session.run(HOLDER).list(row -> row.get("holder").asString("?")).stream()
						.findFirst()
						.orElse("?");
					log.info("Waiting for {} to finish its start-up work before {}", holder, step);
					toldWaiting = true;
				}
			}
			catch (TransientException | ClientException race) {
				// Replicas creating the lock's constraint or node at the same moment: one wins, the others ask again.
				if (race instanceof ClientException client && !client.code().startsWith("Neo.ClientError.Schema.")) {
					throw race;
				}
				log.debug("Start-up lock contended ({}); asking again", race.code());
			}
			try {
				Thread.sleep(POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the start-up lock", ex);
			}
		}
	}

}
