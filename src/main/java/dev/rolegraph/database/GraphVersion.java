package dev.rolegraph.database;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The graph's version: a counter on one {@code GraphVersion} node that every write advances in its own transaction
 * ({@link #ADVANCE}: curators' changes, seed loads, imports, the start-up steps that rewrite derived facts). HTTP
 * caching tags answers with it, so a write changes every answer's tag at once. This instance learns of its own
 * writes when they commit and of other replicas' by reading the counter every {@code rolegraph.http.version-poll}
 * (1 s); while the database cannot be read the version is unknown and nothing is tagged.
 */
@Component
public class GraphVersion implements InitializingBean, DisposableBean {

	/** Advances the counter; a statement of its own in the writing transaction. Returns it as {@code version}. */
	public static final String ADVANCE = """
			MERGE (v:GraphVersion {id: 'graph'}) SET v.n = coalesce(v.n, 0) + 1 RETURN v.n AS version""";

	/** The thread that reads the counter. */
	public static final String POLL_THREAD = "graph-version";

	/** What {@link #current()} answers while the version is not known. */
	public static final long UNKNOWN = -1;

	private static final String READ = "MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n AS version";

	private final GraphReads reads;

	private final Duration poll;

	private final ScheduledExecutorService poller = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(POLL_THREAD).factory());

	private volatile long current = UNKNOWN;

	GraphVersion(GraphReads reads, @Value("${rolegraph.http.version-poll:1s}") Duration poll) {
		this.reads = reads;
		this.poll = poll;
	}

	/** The version this instance last saw, or {@link #UNKNOWN}. */
	public long current() {
		return this.current;
	}

	/**
	 * After the running transaction commits, the version is at least {@code version} (what {@link #ADVANCE}
	 * returned in it); outside a transaction at once.
	 */
	public void advancedTo(long version) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					raise(version);
				}

			});
		}
		else {
			raise(version);
		}
	}

	/** Reads the counter now; {@link #UNKNOWN} if the database does not answer. */
	public long refresh() {
		try {
			long read = this.reads.one(READ, Map.of(), row -> row.get("version").asLong()).orElse(0L);
			// A replica or secondary may answer from a state older than a write this instance already saw.
			synchronized (this) {
				this.current = Math.max(this.current, read);
				return this.current;
			}
		}
		catch (RuntimeException ex) {
			this.current = UNKNOWN;
			return UNKNOWN;
		}
	}

	private synchronized void raise(long version) {
		if (this.current != UNKNOWN) {
			this.current = Math.max(this.current, version);
		}
	}

	@Override
	public void afterPropertiesSet() {
		this.poller.scheduleWithFixedDelay(this::refresh, 0, this.poll.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
	}

}
