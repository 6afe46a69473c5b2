package dev.rolegraph.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries by GET, as the GraphQL-over-HTTP draft describes them, and the HTTP caching of their answers: public and
 * tagged with the graph's version when anonymous and answered without errors, revalidated with a 304 that runs
 * nothing, and a new tag as soon as a curator writes.
 */
class QueriesByGetTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	static final String ROLE_PAGE = "query RolePage($id: ID!) { role(id: $id) { id name skills { skill { id } } } }";

	private static final String OFFICER = "{\"id\":\"social-media-officer\"}";

	@AfterEach
	void removeTheSkill() {
		write("MATCH (s:Skill {id: 'test-cache-skill'}) DETACH DELETE s", Map.of());
	}

	@Test
	void aRolePageByGetIsPublicForAWhileAndTaggedWithTheGraphsVersion() throws Exception {
		HttpResponse<String> page = get(Map.of("query", ROLE_PAGE, "variables", OFFICER), Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(page.body()).path("data").path("role").path("id").asString()).isEqualTo("social-media-officer");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=30");
		assertThat(page.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("W/\"\\d+-[0-9a-f]{16}\""));
		assertThat(page.headers().allValues("Vary")).contains("Accept");
		assertThat(page.headers().firstValue("Pragma")).isEmpty();
	}

	@Test
	void aRevalidatedRolePageIs304AndRunsNothing() throws Exception {
		String tag = get(Map.of("query", ROLE_PAGE, "variables", OFFICER), Map.of()).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String>[] revalidated = new HttpResponse[1];
		var statements = statementsWhile(() -> revalidated[0] = get(Map.of("query", ROLE_PAGE, "variables", OFFICER),
				Map.of("If-None-Match", tag)));
		assertThat(revalidated[0].statusCode()).isEqualTo(304);
		assertThat(revalidated[0].body()).isEmpty();
		assertThat(revalidated[0].headers().firstValue("ETag")).hasValue(tag);
		assertThat(revalidated[0].headers().firstValue("Cache-Control")).hasValue("public, max-age=30");
		assertThat(statements).isEmpty();
		assertThat(get(Map.of("query", ROLE_PAGE, "variables", "{\"id\":\"social-media-strategist\"}"),
				Map.of("If-None-Match", tag)).statusCode()).as("another role's page under the officer's tag").isEqualTo(200);
	}

	@Test
	void aCuratorsWriteChangesTheTagOfEveryAnswerAtOnce() throws Exception {
		String officer = get(Map.of("query", ROLE_PAGE, "variables", OFFICER), Map.of()).headers().firstValue("ETag").orElseThrow();
		String skills = get(Map.of("query", "{ skills(first: 3) { edges { node { id } } } }"), Map.of()).headers().firstValue("ETag").orElseThrow();
		JsonNode written = post("""
				mutation { createSkill(input: {id: "test-cache-skill", name: {en: "Cached", id: "Tersimpan"},
				  evidence: {sourceId: "003", lines: "70"}}) { skill { id } } }""", true);
		assertThat(written.path("data").path("createSkill").path("skill").path("id").asString()).isEqualTo("test-cache-skill");
		HttpResponse<String> officerAgain = get(Map.of("query", ROLE_PAGE, "variables", OFFICER), Map.of("If-None-Match", officer));
		HttpResponse<String> skillsAgain = get(Map.of("query", "{ skills(first: 3) { edges { node { id } } } }"), Map.of("If-None-Match", skills));
		assertThat(officerAgain.statusCode()).isEqualTo(200);
		assertThat(skillsAgain.statusCode()).isEqualTo(200);
		assertThat(officerAgain.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(officer));
		assertThat(skillsAgain.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(skills));
	}

	@Test
	void aMutationByGetIs405AndWritesNothing() throws Exception {
		HttpResponse<String> refused = get(Map.of("query", """
				mutation { createSkill(input: {id: "test-cache-skill", name: {en: "Cached", id: "Tersimpan"},
				  evidence: {sourceId: "003", lines: "70"}}) { skill { id } } }"""), Map.of("Authorization", curator()));
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(refused.headers().firstValue("Allow")).hasValue("POST");
		JsonNode error = JSON.readTree(refused.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("METHOD_NOT_ALLOWED");
		assertThat(error.path("message").asString()).contains("POST");
		assertThat(count("MATCH (s:Skill {id: 'test-cache-skill'}) RETURN count(s)")).isZero();
	}

	@Test
	void errorsAndSignedInCallersAreNeverStored() throws Exception {
		HttpResponse<String> missing = get(Map.of("query", ROLE_PAGE, "variables", "{\"id\":\"astronaut\"}"), Map.of());
		assertThat(missing.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(missing.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> signedIn = get(Map.of("query", ROLE_PAGE, "variables", OFFICER), Map.of("Authorization", curator()));
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> byPost = CLIENT.send(HttpRequest.newBuilder(URI.create(base()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ role(id: \\\"social-media-officer\\\") { id } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(byPost.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
	}

	@Test
	void malformedParametersAreBadRequestsNamingTheParameter() throws Exception {
		HttpResponse<String> variables = get(Map.of("query", ROLE_PAGE, "variables", "{id: officer"), Map.of());
		assertThat(variables.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(variables.body()).path("errors").path(0).path("message").asString()).startsWith("variables:");
		HttpResponse<String> list = get(Map.of("query", ROLE_PAGE, "variables", "[1]"), Map.of());
		assertThat(JSON.readTree(list.body()).path("errors").path(0).path("message").asString()).isEqualTo("variables: not a JSON object");
		HttpResponse<String> twice = send(base() + "?query=" + encode("{ __typename }") + "&query=" + encode("{ roles(first: 1) { totalCount } }"), Map.of());
		assertThat(twice.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(twice.body()).path("errors").path(0).path("message").asString()).startsWith("query: given 2 times");
		HttpResponse<String> noHash = get(Map.of("extensions", "{\"persistedQuery\": null}"), Map.of());
		assertThat(JSON.readTree(noHash.body()).path("errors").path(0).path("message").asString()).startsWith("query: missing");
		HttpResponse<String> none = send(base(), Map.of());
		assertThat(JSON.readTree(none.body()).path("errors").path(0).path("message").asString()).startsWith("query: missing");
		assertThat(none.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void aQueryTooLongForAUrlIsAClassifiedErrorNotTomcatsPage() throws Exception {
		String long60k = "{ role(id: \"" + "a".repeat(60_000) + "\") { id } }";
		HttpResponse<String> refused = get(Map.of("query", long60k), Map.of());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		JsonNode error = JSON.readTree(refused.body()).path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asString()).contains("by POST");
		HttpResponse<String> header = get(Map.of("query", "{ __typename }"), Map.of("X-Padding", "a".repeat(60_000)));
		assertThat(header.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(header.body()).path("errors").path(0).path("extensions").path("classification").asString())
			.isEqualTo("BAD_REQUEST");
	}

	@Test
	void aGetFromAnOriginNotListedIsRefusedLikeAPost() throws Exception {
		HttpResponse<String> foreign = get(Map.of("query", "{ __typename }"), Map.of("Origin", "https://evil.example"));
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).doesNotContain("__typename\":");
	}

	private String base() {
		return "http://localhost:" + this.port + "/graphql";
	}

	private static String curator() {
		return "Basic " + java.util.Base64.getEncoder().encodeToString("curator:curator-test-password".getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(Map<String, String> parameters, Map<String, String> headers) {
		StringBuilder url = new StringBuilder(base());
		parameters.forEach((name, value) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(encode(value)));
		return send(url.toString(), headers);
	}

	private static HttpResponse<String> send(String url, Map<String, String> headers) {
		var request = HttpRequest.newBuilder(URI.create(url)).GET();
		headers.forEach(request::header);
		try {
			return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode post(String query, boolean curator) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(base()))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
		if (curator) {
			request.header("Authorization", curator());
		}
		return JSON.readTree(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
