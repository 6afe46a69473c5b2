package dev.rolegraph.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.UserSelection;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.stereotype.Component;

/**
 * The API's questions, each one statement, run as auto-commit transactions in READ access mode: one round trip to
 * the database (RUN and PULL together) where an explicit transaction needs three (BEGIN, RUN and PULL, COMMIT).
 * In a cluster or on Aura the driver routes READ work to any member that can serve it, as it routes a read
 * transaction; the bookmarks are those of the writes made through this instance (the bookmark manager Spring Data
 * Neo4j's transactions share), so a read never sees a state older than this instance's last write, and those the
 * request sent back from a write through another replica ({@link RequestBookmarks}). A transaction's
 * timeout is the request's time left ({@link RequestDeadline}) or the default one, whichever is shorter.
 */
@Component
public class GraphReads {

	private final Driver driver;

	private final DatabaseSelectionProvider databases;

	private final Neo4jBookmarkManager bookmarks;

	private final Duration defaultTimeout;

	private final DatabaseOutage outage;

	GraphReads(Driver driver, DatabaseSelectionProvider databases, Neo4jBookmarkManager bookmarks,
			Neo4jTransactionManager transactions, DatabaseOutage outage) {
		this.driver = driver;
		this.outage = outage;
		this.databases = databases;
		this.bookmarks = bookmarks;
		this.defaultTimeout = transactions.getDefaultTimeout() > 0
				? Duration.ofSeconds(transactions.getDefaultTimeout()) : null;
	}

	/** The one record {@code statement} answers, mapped; empty when it answers none or maps it to null. */
	public <T> Optional<T> one(String statement, Map<String, Object> parameters, Function<Record, T> mapping) {
		List<T> all = all(statement, parameters, mapping);
		if (all.size() > 1) {
			throw new IllegalStateException("Expected at most one record, the statement answered " + all.size());
		}
		return all.isEmpty() ? Optional.empty() : Optional.ofNullable(all.get(0));
	}

	/** Every record {@code statement} answers, mapped, in its order. */
	public <T> List<T> all(String statement, Map<String, Object> parameters, Function<Record, T> mapping) {
		DatabaseSelection database = this.databases.getDatabaseSelection();
		// Inside a transaction Spring began (a curator's write that reads back, a graph test's fixture) the read
		// joins it, as Neo4jClient would, and sees what it wrote.
		Transaction ongoing = Neo4jTransactionManager.retrieveTransaction(this.driver, database,
				UserSelection.connectedUser());
		if (ongoing != null) {
			return mapped(ongoing.run(statement, parameters), mapping);
		}
		Collection<Bookmark> used = Set.copyOf(this.bookmarks.getBookmarks());
		Set<Bookmark> sent = RequestBookmarks.sent();
		Collection<Bookmark> asked = sent.isEmpty() ? used : union(used, sent);
		try (Session session = this.driver.session(config(database, asked))) {
			List<T> mapped = mapped(session.run(statement, parameters, transaction()), mapping);
			this.bookmarks.updateBookmarks(used, session.lastBookmarks());
			this.outage.answered();
			return mapped;
		}
	}

	private static Collection<Bookmark> union(Collection<Bookmark> used, Set<Bookmark> sent) {
		Set<Bookmark> union = new HashSet<>(used);
		union.addAll(sent);
		return union;
	}

	private static <T> List<T> mapped(Result result, Function<Record, T> mapping) {
		List<T> mapped = new ArrayList<>();
		while (result.hasNext()) {
			mapped.add(mapping.apply(result.next()));
		}
		return mapped;
	}

	private static SessionConfig config(DatabaseSelection database, Collection<Bookmark> used) {
		SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(used);
		if (database.getValue() != null) {
			config.withDatabase(database.getValue());
		}
		return config.build();
	}

	private TransactionConfig transaction() {
		Duration timeout = RequestDeadline.bound(this.defaultTimeout);
		if (timeout == null) {
			return TransactionConfig.empty();
		}
		// Whole milliseconds, as Bolt sends them (the driver logs each rounding); a deadline already passed still
		// gets a transaction, stopped by the database at once.
		long millis = Math.max(1, Math.ceilDiv(timeout.toNanos(), 1_000_000));
		return TransactionConfig.builder().withTimeout(Duration.ofMillis(millis)).build();
	}

}
