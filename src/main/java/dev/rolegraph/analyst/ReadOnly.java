package dev.rolegraph.analyst;

import java.time.Duration;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * One explicit READ access-mode transaction with a timeout, rolled back at the end: the database refuses any write
 * in it, and a cluster routes it to a reader. Explicit rather than {@code executeRead}, whose retries would run an
 * analyst's query, or an export being streamed to a client, a second time.
 */
final class ReadOnly {

	private ReadOnly() {
	}

	static <T> T read(Driver driver, Duration timeout, Function<Transaction, T> work) {
		TransactionConfig config = TransactionConfig.builder().withTimeout(timeout).build();
		try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
				var tx = session.beginTransaction(config)) {
			T result = work.apply(tx);
			tx.rollback();
			return result;
		}
	}

}
