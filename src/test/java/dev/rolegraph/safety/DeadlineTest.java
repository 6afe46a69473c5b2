package dev.rolegraph.safety;

import java.time.Duration;
import java.util.Map;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.GraphReads;
import dev.rolegraph.database.RequestDeadline;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A request's deadline holds in the database: a transaction begun for it gets the time the request has left, the
 * database stops the statement there, and nothing stays open afterwards.
 */
class DeadlineTest extends ApiTest {

	/** Far more work than a second allows, in one statement that never ends by itself within the test. */
	private static final String ENDLESS = "UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7919 = 7920 RETURN count(x)";

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private GraphReads reads;

	private long openTransactions() {
		return this.driver.session()
			.run("SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*)")
			.single()
			.get(0)
			.asLong();
	}

	@Test
	void aStatementStopsWhenTheRequestsTimeRunsOutNotAfterAFullTimeoutOfItsOwn() {
		TransactionTemplate read = new TransactionTemplate(this.transactions);
		read.setReadOnly(true);
		long started = System.nanoTime();
		Throwable failure = catchThrowable(() -> RequestDeadline.during(started + Duration.ofMillis(1_500).toNanos(),
				() -> read.execute(status -> this.client.query(ENDLESS).fetch().one())));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).isNotNull();
		Throwable cause = failure;
		while (cause.getCause() != null && !(cause instanceof Neo4jException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(Neo4jException.class);
		assertThat(((Neo4jException) cause).code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
		// 1.5 s left rounds up to a 2 s transaction timeout: Neo4j takes whole seconds through Spring.
		assertThat(took).isBetween(Duration.ofMillis(1_500), Duration.ofMillis(2_300));
		assertThat(openTransactions()).as("the transaction is gone").isZero();
	}

	@Test
	void aQuestionReadInOneRoundTripStopsWhenTheRequestsTimeRunsOutToTheMillisecond() {
		long started = System.nanoTime();
		Throwable failure = catchThrowable(() -> RequestDeadline.during(started + Duration.ofMillis(1_500).toNanos(),
				() -> this.reads.one(ENDLESS, Map.of(), row -> row.get(0))));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).isInstanceOf(Neo4jException.class);
		assertThat(((Neo4jException) failure).code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
		// The time left goes to the database in milliseconds; it checks timeouts every 100 ms.
		assertThat(took).isBetween(Duration.ofMillis(1_500), Duration.ofMillis(1_800));
		assertThat(openTransactions()).as("the transaction is gone").isZero();
	}

	@Test
	void withoutARequestATransactionKeepsItsOwnTimeout() {
		TransactionTemplate read = new TransactionTemplate(this.transactions);
		read.setReadOnly(true);
		read.setTimeout(1);
		long started = System.nanoTime();
		Throwable failure = catchThrowable(() -> read.execute(status -> this.client.query(ENDLESS).fetch().one()));
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).isNotNull();
		assertThat(took).as("1 s and the database's 100 ms check").isBetween(Duration.ofMillis(900), Duration.ofMillis(1_300));
		assertThat(openTransactions()).isZero();
	}

}
