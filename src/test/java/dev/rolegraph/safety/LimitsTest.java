package dev.rolegraph.safety;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Depth, cost and size limits as a hostile client and as standard GraphQL tools meet them. */
class LimitsTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** Posts {@code body} streamed in chunks, without a declared length, as a client may. */
	private HttpResponse<String> postChunked(String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a GraphQL document; the answer with its size and how long it took. */
	private record Answer(JsonNode json, int bytes, Duration took) {

		String firstError() {
			JsonNode error = this.json.path("errors").path(0);
			return error.path("extensions").path("classification").asString("") + ": " + error.path("message").asString("");
		}

	}

	private Answer post(String document) throws Exception {
		long started = System.nanoTime();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
			.build();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return new Answer(JSON.readTree(response.body()), response.body().length(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = LimitsTest.class.getResourceAsStream("/introspection/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aBodyStreamedWithoutALengthIsAnsweredUnderTheLimitAndRefusedOverIt() throws Exception {
		String query = "{ role(id: \"social-media-officer\") { name } }";
		HttpResponse<String> small = postChunked("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("Social Media Officer");
		HttpResponse<String> large = postChunked("{\"query\": \"{ __typename }\", \"pad\": \"" + "x".repeat(70_000) + "\"}");
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("BAD_REQUEST").contains("larger than 65536 bytes");
	}

	@Test
	void aQueryJustUnderTheDepthLimitIsAnsweredAndOneOverIsRefusedBeforeItRuns() throws Exception {
		String nested = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(4) + "id"
				+ " } }".repeat(4) + " } }";
		assertThat(post(nested).json().path("data").path("role").path("nextSteps").path(0).path("role").path("nextSteps").isArray()).isTrue();
		String tooDeep = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(6) + "id"
				+ " } }".repeat(6) + " } }";
		Answer refused = post(tooDeep);
		assertThat(refused.firstError()).isEqualTo("ExecutionAborted: maximum query depth exceeded 14 > 12");
		assertThat(refused.json().has("data")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphql-js-16-default.graphql", "graphql-js-16-all-options.graphql" })
	void theStandardIntrospectionQueryOfGraphqlJsIsAnswered(String file) throws Exception {
		Answer answer = post(resource(file));
		assertThat(answer.json().path("errors").isMissingNode()).as(answer.firstError()).isTrue();
		assertThat(answer.json().path("data").path("__schema").path("types").size()).isGreaterThan(50);
		assertThat(answer.json().path("data").path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
	}

	@Test
	void dataFieldsAsDeepAsTheIntrospectionQueryAreStillRefused() throws Exception {
		String deep = "{ role(id: \"social-media-officer\") { " + "reportsTo { role { ".repeat(7) + "id"
				+ " } }".repeat(7) + " } }";
		assertThat(post(deep).firstError()).startsWith("ExecutionAborted: maximum query depth exceeded 16 > 12");
	}

	@Test
	void aFragmentFanOutBombIsRefusedBeforeAnyWork() throws Exception {
		Answer answer = post(HostileRequestsTest.fragmentBomb(12));
		assertThat(answer.firstError()).startsWith("ExecutionAborted: maximum query depth exceeded 26 > 12");
		assertThat(answer.bytes()).isLessThan(1_000);
		assertThat(answer.took()).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void theLargestFanOutWithinTheDepthLimitStaysSmallAndQuick() throws Exception {
		Answer answer = post(HostileRequestsTest.fragmentBomb(5));
		assertThat(answer.firstError()).isIn(": ", "ExecutionAborted: maximum query complexity exceeded");
		assertThat(answer.bytes()).isLessThan(2_000_000);
		assertThat(answer.took()).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void typenameCostsLikeAnyOtherField() throws Exception {
		String aliases = IntStream.range(0, 3_500).mapToObj(i -> "t" + i + ": __typename").collect(Collectors.joining(" "));
		assertThat(post("{ " + aliases + " }").firstError()).startsWith("ExecutionAborted: maximum query complexity exceeded");
	}

	@Test
	void aPageOfRolesWithTheirSkillsIsWithinTheLimits() throws Exception {
		Answer answer = post("{ roles(first: 100) { edges { node { id name skills { essential skill { id name } } } } } }");
		assertThat(answer.json().path("errors").isMissingNode()).as(answer.firstError()).isTrue();
	}

}
