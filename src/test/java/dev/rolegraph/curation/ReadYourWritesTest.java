package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A curator's write through one replica, read at once through another: the mutation's answer carries the database
 * bookmarks, and a request that sends them back in {@code Neo4j-Bookmark} is answered from a state at least as new.
 */
class ReadYourWritesTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CREATE = """
			mutation { createSkill(input: {id: "test-bookmark-skill", name: {en: "Bookmarked", id: "Ditandai"},
			  evidence: {sourceId: "003", lines: "70"}}) { skill { id } errors { code } } }""";

	private static final String READ = "{ skill(id: \"test-bookmark-skill\") { id } }";

	@AfterEach
	void removeTheSkill() {
		write("MATCH (s:Skill {id: 'test-bookmark-skill'}) DETACH DELETE s", Map.of());
	}

	private JsonNode post(String query, boolean curator, String... bookmarks) {
		var request = this.http.post().uri("/graphql").header("Content-Type", "application/json");
		if (curator) {
			request = request.headers(headers -> headers.setBasicAuth("curator", "curator-test-password"));
		}
		if (bookmarks.length > 0) {
			request = request.header("Neo4j-Bookmark", bookmarks);
		}
		String body = request.bodyValue("{\"query\": " + JSON.writeValueAsString(query) + "}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	@Test
	void aWritesAnswerCarriesTheBookmarksAndAReadSendingThemBackSeesTheWrite() {
		JsonNode written = post(CREATE, true);
		assertThat(written.path("data").path("createSkill").path("skill").path("id").asString()).isEqualTo("test-bookmark-skill");
		List<String> bookmarks = written.path("extensions").path("bookmarks").valueStream().map(JsonNode::asString).toList();
		assertThat(bookmarks).isNotEmpty().allSatisfy(bookmark -> assertThat(bookmark).isNotBlank());

		JsonNode read = post(READ, false, String.join(",", bookmarks));
		assertThat(read.path("errors").isMissingNode()).isTrue();
		assertThat(read.path("data").path("skill").path("id").asString()).isEqualTo("test-bookmark-skill");
	}

	@Test
	void aBookmarkOfAWriteMadeElsewhereIsAcceptedAndAQuestionHasNoBookmarksInItsAnswer() {
		Bookmark elsewhere;
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run("CREATE (:BookmarkProbe) WITH 1 AS one MATCH (p:BookmarkProbe) DELETE p").consume());
			elsewhere = session.lastBookmarks().iterator().next();
		}
		JsonNode read = post("{ skills(first: 1) { totalCount } }", false, elsewhere.value());
		assertThat(read.path("errors").isMissingNode()).as(read.toString()).isTrue();
		assertThat(read.path("extensions").path("bookmarks").isMissingNode()).isTrue();
	}

	@Test
	void aBookmarkTheDatabaseDidNotIssueIsABadRequestNamingTheHeader() {
		JsonNode read = post("{ skills(first: 1) { totalCount } }", false, "FB:not-a-bookmark");
		assertThat(read.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(read.path("errors").get(0).path("extensions").path("argument").asString()).isEqualTo("Neo4j-Bookmark");
	}

	@Test
	void aBookmarkTooShortForTheDatabaseToParseIsABadRequestTooNotAnInternalError() {
		JsonNode read = post("{ skills(first: 1) { totalCount } }", false, "0");
		assertThat(read.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(read.path("errors").get(0).path("extensions").path("argument").asString()).isEqualTo("Neo4j-Bookmark");
	}

	@Test
	void moreBookmarksThanAnyAnswerGaveAreRefusedBeforeTheyReachTheDatabase() {
		String many = IntStream.range(0, 17).mapToObj(i -> "FB:x" + i).collect(Collectors.joining(","));
		JsonNode read = post("{ skills(first: 1) { totalCount } }", false, many);
		assertThat(read.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(read.path("errors").get(0).path("message").asString()).contains("Neo4j-Bookmark", "at most 16");
	}

}
