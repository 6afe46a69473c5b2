package dev.rolegraph.database;

import java.time.Duration;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DelegatingTransactionDefinition;

/**
 * Spring Data Neo4j's transaction manager, as Boot would make it, with one change: a transaction begun for a
 * request gets as its timeout the time the request has left ({@link RequestDeadline}), not a full timeout of its
 * own, so a request of many questions stops at its deadline in the database too, not after one timeout per
 * question. Neo4j takes timeouts in whole seconds here (Spring's transaction definition), so the time left is
 * rounded up: a request may overrun its deadline by less than a second, 10 % of the 10 s default. A commit that
 * loses the database is reported as {@link CommitOutcomeUnknown}.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineTransactions {

	/**
	 * The bookmarks of this instance's writes, shared by Spring Data Neo4j's transactions and {@link GraphReads}, so
	 * that a read routed to another cluster member waits for the last write made here.
	 */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	/** Spring Data Neo4j's own, which Neo4jTemplate looks up by its type; it joins the transactions begun below. */
	@Bean
	Neo4jTransactionManager neo4jTransactionManager(Driver driver, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarks, ObjectProvider<TransactionManagerCustomizers> customizers) {
		Neo4jTransactionManager neo4j = Neo4jTransactionManager.with(driver)
			.withDatabaseSelectionProvider(databases)
			.withBookmarkManager(bookmarks)
			.build();
		customizers.ifAvailable(customizer -> customizer.customize(neo4j));
		return neo4j;
	}

	/** The one {@code @Transactional}, the repositories and every template begin their transactions with. */
	@Bean(name = "transactionManager")
	@Primary
	PlatformTransactionManager transactionManager(Neo4jTransactionManager neo4jTransactionManager) {
		return new Bounded(neo4jTransactionManager);
	}

	/** Begins each transaction with at most the request's time left; commits and rolls back as the delegate. */
	static final class Bounded implements PlatformTransactionManager {

		private final Neo4jTransactionManager delegate;

		Bounded(Neo4jTransactionManager delegate) {
			this.delegate = delegate;
		}

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			if (RequestDeadline.left() == null) {
				return this.delegate.getTransaction(definition);
			}
			int own = definition == null || definition.getTimeout() == TransactionDefinition.TIMEOUT_DEFAULT
					? this.delegate.getDefaultTimeout() : definition.getTimeout();
			Duration bounded = RequestDeadline
				.bound(own == TransactionDefinition.TIMEOUT_DEFAULT ? null : Duration.ofSeconds(own));
			int timeout = (int) Math.max(1, Math.ceilDiv(bounded.toMillis(), 1000));
			return this.delegate.getTransaction(new DelegatingTransactionDefinition(
					definition == null ? TransactionDefinition.withDefaults() : definition) {

				@Override
				public int getTimeout() {
					return timeout;
				}

			});
		}

		/**
		 * A commit that loses the database cannot tell whether it was written: that is said apart from a refused
		 * write (UNKNOWN_OUTCOME, never retried), because the audit record committed, or not, with the change.
		 */
		@Override
		public void commit(TransactionStatus status) {
			try {
				this.delegate.commit(status);
			}
			catch (IllegalStateException ex) {
				// Spring rolls back after a failed commit, and a transaction the failure closed cannot be: the
				// rollback's exception replaces the commit's, so what the commit met is no longer known.
				throw new CommitOutcomeUnknown(ex);
			}
			catch (RuntimeException ex) {
				if (DatabaseOutage.isUnavailable(ex)) {
					throw new CommitOutcomeUnknown(ex);
				}
				throw ex;
			}
		}

		@Override
		public void rollback(TransactionStatus status) {
			this.delegate.rollback(status);
		}

	}

}
