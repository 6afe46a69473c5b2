package dev.rolegraph.safety;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous requests of a few kilobytes that used to buy seconds or minutes of server time (issue 22's table),
 * each answered within half a second with a classified error or a bounded answer.
 */
class HostileRequestsTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration HALF_A_SECOND = Duration.ofMillis(500);

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private record Answer(JsonNode json, String body, Duration took) {

		JsonNode error() {
			return this.json.path("errors").path(0);
		}

		String classification() {
			return error().path("extensions").path("classification").asString("");
		}

	}

	private Answer post(String document) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query", document));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(response.statusCode()).isEqualTo(200);
		return new Answer(JSON.readTree(response.body()), response.body(), took);
	}

	/** Fragments that each spread the previous one twice, one {@code reportsTo { role { } }} deeper each. */
	static String fragmentBomb(int fragments) {
		StringBuilder document = new StringBuilder("{ role(id: \"social-media-manager\") { ...F" + fragments + " } }\n");
		document.append("fragment F0 on Role { id name }\n");
		for (int i = 1; i <= fragments; i++) {
			document.append("fragment F").append(i).append(" on Role { reportsTo { role { ...F").append(i - 1)
				.append(" ...F").append(i - 1).append(" } } name }\n");
		}
		return document.toString();
	}

	private static String aliases(int count, String field) {
		return IntStream.range(0, count).mapToObj(i -> "q" + i + ": " + field).collect(Collectors.joining(" ", "{ ", " }"));
	}

	private static String ids(int count) {
		return IntStream.range(0, count).mapToObj(i -> "\"skill-" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
	}

	@ParameterizedTest(name = "a fan-out of {0} fragments is refused before anything expands it")
	@ValueSource(ints = { 10, 20, 30, 40 })
	void aFragmentBombIsRefusedFromTheDocumentsOwnShape(int fragments) throws Exception {
		post(fragmentBomb(fragments));
		Answer answer = post(fragmentBomb(fragments));
		assertThat(answer.classification()).isEqualTo("ExecutionAborted");
		assertThat(answer.error().path("message").asString()).startsWith("maximum query depth exceeded");
		assertThat(answer.json().has("data")).isFalse();
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	@Test
	void aFragmentBombWithinTheDepthLimitIsRefusedForItsWidth() throws Exception {
		// Fragments on Query that spread the previous one twice: no nesting at all, but 2^30 fields once expanded.
		StringBuilder document = new StringBuilder("{ ...F30 }\nfragment F0 on Query { __typename }\n");
		for (int i = 1; i <= 30; i++) {
			document.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1)
				.append(" }\n");
		}
		Answer answer = post(document.toString());
		assertThat(answer.error().path("message").asString())
			.startsWith("maximum query complexity exceeded: more than 2500 fields");
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	static Stream<Arguments> hostileArguments() {
		return Stream.of(
				Arguments.of("an id of 60,000 characters", "{ role(id: \"" + "x".repeat(60_000) + "\") { id } }", "id",
						"'id' must be at most 200 characters"),
				Arguments.of("4,000 held skills for a skill gap",
						"{ skillGap(to: \"social-media-strategist\", have: " + ids(4_000) + ") { coverage } }", "have",
						"'have' must list at most 200 items, was 4000"),
				Arguments.of("4,000 held skills to match roles", "{ matchRoles(have: " + ids(4_000) + ") { role { id } } }",
						"have", "'have' must list at most 200 items, was 4000"),
				Arguments.of("a search text of 5,000 characters",
						"{ search(text: \"" + "word ".repeat(1_000) + "\") { score } }", "text",
						"'text' must be at most 200 characters"),
				Arguments.of("a page size past the largest", "{ careerPaths(from: \"social-media-officer\", "
						+ "to: \"social-media-strategist\", first: 1000) { length } }", "first",
						"'first' must be between 1 and 20, was 1000"),
				Arguments.of("a nested page size past the largest",
						"{ bridgingSkills { pairs(first: 101) { a { id } } } }", "pairs.first",
						"'pairs.first' must be between 1 and 100, was 101"));
	}

	@ParameterizedTest(name = "{0} is a BAD_REQUEST naming the argument")
	@MethodSource("hostileArguments")
	void anArgumentPastItsBoundsIsRefusedBeforeAnythingRuns(String what, String document, String argument,
			String message) throws Exception {
		Answer answer = post(document);
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.error().path("extensions").path("argument").asString()).isEqualTo(argument);
		assertThat(answer.error().path("message").asString()).startsWith(message);
		assertThat(answer.error().path("message").asString().length()).as("quotes at most 80 characters")
			.isLessThan(200);
		assertThat(answer.json().has("data")).isFalse();
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	@Test
	void anUnknownIdOfTheLargestSizeIsQuotedShort() throws Exception {
		Answer answer = post("{ role(id: \"" + "y".repeat(200) + "\") { id } }");
		assertThat(answer.classification()).isEqualTo("NOT_FOUND");
		assertThat(answer.error().path("message").asString()).contains("y".repeat(80) + "… (200 characters)")
			.doesNotContain("y".repeat(81));
	}

	@ParameterizedTest(name = "search for {0} answers within half a second")
	@ValueSource(strings = { "one word of 200 letters", "a~* fifty times" })
	void searchTextThatExpandsInTheIndexIsBounded(String what) throws Exception {
		String text = what.startsWith("one") ? "abcdefghij".repeat(20) : "a~* ".repeat(50);
		post("{ search(text: \"" + text + "\") { score } }");
		Answer answer = post("{ search(text: \"" + text + "\") { score } }");
		assertThat(answer.json().path("errors").isMissingNode()).as(answer.body()).isTrue();
		assertThat(answer.json().path("data").path("search").size()).isLessThanOrEqualTo(10);
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	@Test
	void ninetySkillGapsInOneRequestCostMoreThanTheBudget() throws Exception {
		Answer answer = post(aliases(90,
				"skillGap(to: \"social-media-strategist\", from: \"social-media-officer\") { coverage }"));
		assertThat(answer.error().path("message").asString()).startsWith("maximum query complexity exceeded")
			.contains("0.2 ms a point");
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	@Test
	void nineteenLongestCareerPathSearchesCostMoreThanTheBudget() throws Exception {
		Answer answer = post(aliases(19, "careerPaths(from: \"social-media-officer\", to: \"social-media-strategist\","
				+ " maxSteps: 8, first: 20) { length }"));
		assertThat(answer.error().path("message").asString()).startsWith("maximum query complexity exceeded");
		assertThat(answer.took()).isLessThan(HALF_A_SECOND);
	}

	@Test
	void oneLongestCareerPathSearchIsAnswered() throws Exception {
		Answer answer = post("{ careerPaths(from: \"social-media-officer\", to: \"social-media-strategist\","
				+ " maxSteps: 8, first: 20) { length } }");
		assertThat(answer.json().path("errors").isMissingNode()).as(answer.body()).isTrue();
		assertThat(answer.json().path("data").path("careerPaths").size()).isGreaterThan(0);
	}

	@Test
	void anExplicitNullWhereADefaultExistsIsABadRequest() throws Exception {
		Answer answer = post("{ similarRoles(id: \"social-media-officer\", first: null) { score } }");
		assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.error().path("message").asString())
			.isEqualTo("'first' must not be null; leave it out to use its default");
		assertThat(answer.error().path("path")).hasSize(1);
		assertThat(List.of(answer.error().path("path").path(0).asString())).containsExactly("similarRoles");
	}

}
