package dev.rolegraph.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mockito;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What operators read, and what a writer is told, when the database goes away and comes back. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

	private final DatabaseOutage outage = new DatabaseOutage();

	@Test
	void anOutageUnderManyRequestsWritesOneLineWhenItBeginsAndOneWhenItEnds(CapturedOutput output) {
		for (int i = 0; i < 500; i++) {
			this.outage.refused(new ServiceUnavailableException("Unable to connect to localhost:7687",
					new java.net.ConnectException("Connection refused")));
		}
		for (int i = 0; i < 500; i++) {
			this.outage.answered();
		}
		assertThat(output.getOut().lines().filter(line -> line.contains("DatabaseOutage"))).hasSize(2)
			.satisfiesExactly(
					began -> assertThat(began).contains("WARN", "Neo4j cannot be reached (ConnectException: Connection refused)"),
					ended -> assertThat(ended).contains("INFO", "Neo4j answers again after",
							"500 questions were answered UNAVAILABLE meanwhile"));
		assertThat(output.getOut()).doesNotContain("\tat ");
		assertThat(this.outage.away()).isFalse();
	}

	@Test
	void onlyFailuresOfReachingTheDatabaseCountAsAnOutage() {
		assertThat(DatabaseOutage.isUnavailable(new TransactionSystemException("commit failed",
				new ServiceUnavailableException("Connection to the database terminated")))).isTrue();
		assertThat(DatabaseOutage.isUnavailable(
				new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"))).isFalse();
		assertThat(DatabaseOutage.isUnavailable(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void aCommitThatLosesTheDatabaseIsReportedAsAnUnknownOutcomeNotAsARefusal() {
		Neo4jTransactionManager neo4j = Mockito.mock(Neo4jTransactionManager.class);
		TransactionStatus status = Mockito.mock(TransactionStatus.class);
		Mockito.doThrow(new TransactionSystemException("commit failed",
				new ServiceUnavailableException("Connection to the database terminated")))
			.when(neo4j)
			.commit(status);
		var transactions = new DeadlineTransactions.Bounded(neo4j);
		assertThatThrownBy(() -> transactions.commit(status)).isInstanceOf(CommitOutcomeUnknown.class);

		Mockito.doThrow(new TransactionSystemException("constraint", new ClientException("Neo.ClientError.Schema"
				+ ".ConstraintValidationFailed", "taken"))).when(neo4j).commit(status);
		assertThatThrownBy(() -> transactions.commit(status)).isInstanceOf(TransactionSystemException.class);

		Mockito.doThrow(new IllegalStateException("Transaction must be open, but has already been closed"))
			.when(neo4j)
			.commit(status);
		assertThatThrownBy(() -> transactions.commit(status)).as("the rollback after a failed commit hid its reason")
			.isInstanceOf(CommitOutcomeUnknown.class);
	}

}
