package dev.rolegraph.database;

import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** How the API's questions reach the database: one round trip each, in READ mode, after this instance's writes. */
class GraphReadsTest extends ApiTest {

	@Autowired
	private GraphReads reads;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private Neo4jBookmarkManager bookmarks;

	private long probes() {
		return this.driver.session().run("MATCH (p:GraphReadsProbe) RETURN count(p)").single().get(0).asLong();
	}

	@Test
	void aQuestionRunsInReadModeSoItCanNeitherWriteNorBeSentToTheLeaderForIt() {
		Throwable refused = catchThrowable(
				() -> this.reads.all("CREATE (p:GraphReadsProbe) RETURN p", Map.of(), row -> row.get(0)));
		assertThat(refused).isInstanceOf(ClientException.class);
		assertThat(((ClientException) refused).code()).isEqualTo("Neo.ClientError.Statement.AccessMode");
		assertThat(probes()).isZero();
	}

	@Test
	void aReadInsideATransactionSpringBeganJoinsItAndSeesWhatItWrote() {
		TransactionTemplate write = new TransactionTemplate(this.transactions);
		long seen = write.execute(status -> {
			this.client.query("CREATE (:GraphReadsProbe)").run();
			status.setRollbackOnly();
			return this.reads.one("MATCH (p:GraphReadsProbe) RETURN count(p) AS n", Map.of(), row -> row.get("n").asLong())
				.orElseThrow();
		});
		assertThat(seen).isOne();
		assertThat(probes()).as("rolled back with the transaction it joined").isZero();
	}

	@Test
	void readsAndSpringsTransactionsShareOneBookmarkManagerSoAReadWaitsForThisInstancesLastWrite() {
		List<Bookmark> before = List.copyOf(this.bookmarks.getBookmarks());
		// A real change: a write that changes nothing (a node made and deleted at once) commits no transaction and
		// gets the bookmark it had, which failed this test whenever the last write of the shared database was Spring's.
		new TransactionTemplate(this.transactions).executeWithoutResult(
				status -> this.client.query("CREATE (:GraphReadsProbe {id: 'bookmark'})").run());
		try {
			List<Bookmark> afterWrite = List.copyOf(this.bookmarks.getBookmarks());
			assertThat(afterWrite).isNotEmpty().isNotEqualTo(before);
			this.reads.all("RETURN 1", Map.of(), row -> row.get(0));
			assertThat(this.bookmarks.getBookmarks()).as("a read does not move the state a later read waits for back")
				.containsExactlyInAnyOrderElementsOf(afterWrite);
		}
		finally {
			// Straight through the driver, past the bookmark manager the test reads.
			try (var session = this.driver.session()) {
				session.run("MATCH (p:GraphReadsProbe {id: 'bookmark'}) DELETE p").consume();
			}
		}
	}

	@Test
	void oneIsEmptyWhenTheStatementAnswersNothingOrTheRowMapsToNull() {
		assertThat(this.reads.one("UNWIND [] AS x RETURN x", Map.of(), row -> row.get(0))).isEmpty();
		assertThat(this.reads.one("RETURN 1", Map.of(), row -> null)).isEmpty();
		assertThat(catchThrowable(() -> this.reads.one("UNWIND [1, 2] AS x RETURN x", Map.of(), row -> row.get(0))))
			.isInstanceOf(IllegalStateException.class);
	}

}
