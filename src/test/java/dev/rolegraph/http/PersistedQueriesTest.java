package dev.rolegraph.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parsed documents are reused, but every request is still answered for its own variables and checked in full; and
 * automatic persisted queries as Apollo Client's link sends them, by POST and by GET.
 */
class PersistedQueriesTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Test
	void anUnknownHashIsPersistedQueryNotFoundWith200SoApolloRegistersIt() throws Exception {
		String hash = PersistedQueries.sha256("query Unknown { __typename } # " + System.nanoTime());
		HttpResponse<String> answer = get(hash, null);
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode error = JSON.readTree(answer.body()).path("errors").path(0);
		assertThat(error.path("message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void aDocumentSentWithItsHashIsRegisteredAndThenRunsByHashAloneOverGet() throws Exception {
		String document = "query Officer { role(id: \"social-media-officer\") { id } } # " + System.nanoTime();
		String hash = PersistedQueries.sha256(document);
		JsonNode registered = post(Map.of("query", document, "extensions", extensions(hash)));
		assertThat(registered.path("data").path("role").path("id").asString()).isEqualTo("social-media-officer");
		HttpResponse<String> byHash = get(hash, null);
		assertThat(byHash.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(byHash.body()).path("data").path("role").path("id").asString()).isEqualTo("social-media-officer");
		assertThat(byHash.headers().firstValue("ETag")).isPresent();
		assertThat(post(Map.of("extensions", extensions(hash))).path("data").path("role").path("id").asString())
			.as("by hash over POST").isEqualTo("social-media-officer");
	}

	@Test
	void aHashThatIsNotTheDocumentsIsRefusedAndStandsForNothing() throws Exception {
		String document = "query Officer { role(id: \"social-media-officer\") { id } } # " + System.nanoTime();
		String other = PersistedQueries.sha256(document + " other");
		JsonNode refused = post(Map.of("query", document, "extensions", extensions(other)));
		assertThat(refused.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(refused.path("errors").path(0).path("message").asString()).startsWith("extensions.persistedQuery.sha256Hash:");
		assertThat(refused.path("data").isMissingNode() || refused.path("data").isNull()).isTrue();
		assertThat(JSON.readTree(get(other, null).body()).path("errors").path(0).path("message").asString())
			.isEqualTo("PersistedQueryNotFound");
	}

	@Test
	void aMalformedPersistedQueryExtensionNamesWhatIsWrong() throws Exception {
		for (Object persisted : List.of(Map.of("version", 2, "sha256Hash", "0".repeat(64)), Map.of("version", 1, "sha256Hash", "xyz"),
				"a string", Map.of("version", 1))) {
			JsonNode refused = post(Map.of("extensions", Map.of("persistedQuery", persisted)));
			assertThat(refused.path("errors").path(0).path("message").asString()).as("%s", persisted)
				.startsWith("extensions.persistedQuery:");
			assertThat(refused.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		}
	}

	private static Map<String, Object> extensions(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private HttpResponse<String> get(String hash, String variables) throws Exception {
		String url = "http://localhost:" + this.port + "/graphql?extensions="
				+ URLEncoder.encode(JSON.writeValueAsString(extensions(hash)), StandardCharsets.UTF_8)
				+ (variables == null ? "" : "&variables=" + URLEncoder.encode(variables, StandardCharsets.UTF_8));
		return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode post(Map<String, Object> body) throws Exception {
		return JSON.readTree(CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private static final String ROLE_NAME = "query RoleName($id: ID!, $lang: Lang!) { role(id: $id) { name(lang: $lang) } }";

	@Test
	void theSameDocumentWithOtherVariablesAnswersForThoseVariables() {
		this.graphQl.document(ROLE_NAME).variable("id", "social-media-officer").variable("lang", "EN").execute()
			.path("role.name").entity(String.class).isEqualTo("Social Media Officer");
		this.graphQl.document(ROLE_NAME).variable("id", "social-media-strategist").variable("lang", "ID").execute()
			.path("role.name").entity(String.class).isEqualTo("Ahli Strategi Media Sosial");
		this.graphQl.document(ROLE_NAME).variable("id", "astronaut").variable("lang", "EN").execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
	}

	@Test
	void anInvalidDocumentIsRefusedEveryTimeItIsSent() {
		for (int attempt = 0; attempt < 2; attempt++) {
			this.graphQl.document("{ role(id: \"social-media-officer\") { salaryInGold } }").execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("salaryInGold")));
		}
	}

	@Test
	void aDocumentTooLongToKeepIsAnsweredAllTheSame() {
		String padded = "{ role(id: \"social-media-officer\") { name } }" + " ".repeat(PersistedQueries.MAX_DOCUMENT_LENGTH);
		this.graphQl.document(padded).execute().path("role.name").entity(String.class).isEqualTo("Social Media Officer");
	}

}
