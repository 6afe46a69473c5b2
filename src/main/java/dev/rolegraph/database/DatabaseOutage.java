package dev.rolegraph.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as the last requests and health probes found it. A failure because the
 * database is away (no connection, a cluster member gone, a database stopping or failing over) is logged once, when
 * the outage begins, and once more when a statement or a probe succeeds again, with how long it lasted and how many
 * questions were refused meanwhile: an outage under load writes two lines, not a stack per request.
 */
@Component
public class DatabaseOutage {

	/**
	 * A request's default time (rolegraph.limits.request-timeout): a question that ran out of time this soon after an
	 * outage ended had waited for the database.
	 */
	static final Duration RECENT = Duration.ofSeconds(10);

	/** How long a client is told to wait before it asks again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/** Neo4j's status codes of a database that is starting, stopping or has no leader for the moment. */
	private static final String[] AWAY_CODES = { "Neo.TransientError.General.DatabaseUnavailable",
			"Neo.TransientError.Database.DatabaseUnavailable", "Neo.ClientError.Database.DatabaseNotFound",
			"Neo.TransientError.Cluster.NotALeader", "Neo.ClientError.Cluster.NotALeader",
			"Neo.TransientError.General.OutOfMemoryError" };

	/** When the current outage began (System.nanoTime), null while the database answers. */
	private final AtomicReference<Long> since = new AtomicReference<>();

	private final AtomicLong refused = new AtomicLong();

	/** When the last outage ended (System.nanoTime); a question begun during it may still be running. */
	private volatile long endedAt = System.nanoTime() - RECENT.toNanos();

	/** Whether {@code failure}, or one of its causes, says the database could not be reached. */
	public static boolean isUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
				return true;
			}
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				for (String code : AWAY_CODES) {
					if (neo4j.code().equals(code)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Notes a question refused because the database is away; the first of an outage is logged. */
	public void refused(Throwable failure) {
		this.refused.incrementAndGet();
		if (this.since.compareAndSet(null, System.nanoTime())) {
			log.warn("Neo4j cannot be reached ({}); questions answer UNAVAILABLE until it is back",
					firstLine(failure));
		}
	}

	/** Notes that the database answered; ends an outage, if one was going on. */
	public void answered() {
		if (this.since.get() == null) {
			return;
		}
		Long began = this.since.getAndSet(null);
		if (began != null) {
			this.endedAt = System.nanoTime();
			long refusedMeanwhile = this.refused.getAndSet(0);
			log.info("Neo4j answers again after {} ms; {} questions were answered UNAVAILABLE meanwhile",
					(System.nanoTime() - began) / 1_000_000, refusedMeanwhile);
		}
	}

	/** Whether an outage is going on, as far as this instance knows. */
	public boolean away() {
		return this.since.get() != null;
	}

	/** Whether an outage is going on or ended so recently that a question begun during it may still be running. */
	public boolean awayOrJustBack() {
		return away() || System.nanoTime() - this.endedAt < RECENT.toNanos();
	}

	private static String firstLine(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int end = message.indexOf('\n');
		return root.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
	}

}
