package dev.rolegraph.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of malformed, hostile and odd requests. Each one gets a classified error (a GraphQL error with a
 * classification, or a typed payload error), never a stack trace or a 5xx; the graph stays as it was; the
 * server keeps answering.
 */
class BadInputCorpusTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One request: its raw body, whether a curator sends it, and the classification or payload code expected. */
	record Case(String name, String body, boolean curator, String contentType, String expected) {
	}

	private static String query(String graphql) {
		return JSON.writeValueAsString(Map.of("query", graphql));
	}

	private static String createSkill(String id, String en) {
		return JSON.writeValueAsString(Map.of("query", "mutation($id: ID!, $en: String!) { createSkill(input: {id: $id, "
				+ "name: {en: $en, id: \"x\"}, evidence: {sourceId: \"003\", lines: \"70\"}}) { errors { code } } }",
				"variables", Map.of("id", id, "en", en)));
	}

	static List<Case> corpus() {
		String json = MediaType.APPLICATION_JSON_VALUE;
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("truncated JSON", "{\"query\": \"{ roles { ", false, json, "BAD_REQUEST"));
		cases.add(new Case("not JSON", "hello", false, json, "BAD_REQUEST"));
		cases.add(new Case("empty body", "", false, json, "BAD_REQUEST"));
		cases.add(new Case("query is a number", "{\"query\": 42}", false, json, "InvalidSyntax"));
		cases.add(new Case("JSON array", "[{\"query\": \"{ sources { id } }\"}]", false, json, "BAD_REQUEST"));
		cases.add(new Case("wrong media type", query("{ sources { id } }"), false, MediaType.TEXT_PLAIN_VALUE, "BAD_REQUEST"));
		cases.add(new Case("GraphQL syntax error", query("{ roles { edges { node { id } }"), false, json, "InvalidSyntax"));
		cases.add(new Case("unknown field", query("{ nope }"), false, json, "ValidationError"));
		cases.add(new Case("wrong argument types", query("{ careerPaths(from: 1, to: true) { length } }"), false, json, "ValidationError"));
		cases.add(new Case("missing argument", query("{ role { id } }"), false, json, "ValidationError"));
		cases.add(new Case("null for a required argument", query("{ role(id: null) { id } }"), false, json, "ValidationError"));
		cases.add(new Case("integer overflow", query("{ roles(first: 99999999999) { edges { node { id } } } }"), false, json, "ValidationError"));
		cases.add(new Case("missing variable", query("query($id: ID!) { role(id: $id) { id } }"), false, json, "ValidationError"));
		cases.add(new Case("variable of the wrong shape",
				"{\"query\": \"query($id: Int!) { skills(first: $id) { edges { cursor } } }\", \"variables\": {\"id\": {\"a\": 1}}}", false, json, "ValidationError"));
		cases.add(new Case("unknown operation name",
				"{\"query\": \"query A { sources { id } }\", \"operationName\": \"B\"}", false, json, "ValidationError"));
		cases.add(new Case("huge id", query("{ role(id: \"" + "a".repeat(60_000) + "\") { id } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("body over the limit", query("{ role(id: \"" + "a".repeat(70_000) + "\") { id } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("deep nesting", query("{ role(id: \"social-media-officer\") { "
				+ "nextSteps { role { ".repeat(10) + "id" + " } }".repeat(10) + " } }"), false, json, "ExecutionAborted"));
		cases.add(new Case("alias bomb of searches", query("{ " + String.join(" ", java.util.stream.IntStream.range(0, 40)
			.mapToObj(i -> "p" + i + ": careerPaths(from: \"social-media-officer\", to: \"social-media-manager\", maxSteps: 8) { length }")
			.toList()) + " }"), false, json, "ExecutionAborted"));
		cases.add(new Case("alias bomb of fields", query("{ " + String.join(" ", java.util.stream.IntStream.range(0, 1500)
			.mapToObj(i -> "a" + i + ": sources { id }").toList()) + " }"), false, json, "ExecutionAborted"));
		cases.add(new Case("negative page size", query("{ skills(first: -1) { edges { node { id } } } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("page size over the maximum", query("{ search(text: \"x\", first: 100000) { score } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("too many steps", query("{ careerPaths(from: \"social-media-officer\", to: \"social-media-manager\", maxSteps: 1000) { length } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("emoji-only search", query("{ search(text: \"\uD83D\uDC69\u200D\uD83D\uDCBB\") { score } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("search text too long", query("{ search(text: \"" + "word ".repeat(60) + "\") { score } }"), false, json, "BAD_REQUEST"));
		cases.add(new Case("empty id", query("{ role(id: \"\") { id } }"), false, json, "NOT_FOUND"));
		cases.add(new Case("injection in an id", query("{ role(id: \"x' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //\") { id } }"), false, json, "NOT_FOUND"));
		cases.add(new Case("injection in a skill list", query("{ skillGap(to: \"social-media-officer\", have: [\"x\\\"}) DETACH DELETE n //\"]) { coverage } }"), false, json, "NOT_FOUND"));
		cases.add(new Case("right-to-left override in a role id", query("{ role(id: \"social-media-\u202Eofficer\") { id } }"), false, json, "NOT_FOUND"));
		cases.add(new Case("anonymous mutation", createSkill("test-corpus", "Corpus"), false, json, "UNAUTHORIZED"));
		cases.add(new Case("injection as a new id", createSkill("x' }) DETACH DELETE n //", "Corpus"), true, json, "INVALID"));
		cases.add(new Case("empty id on create", createSkill("", "Corpus"), true, json, "INVALID"));
		cases.add(new Case("empty name", createSkill("test-corpus", ""), true, json, "INVALID"));
		cases.add(new Case("huge name", createSkill("test-corpus", "n".repeat(5_000)), true, json, "INVALID"));
		cases.add(new Case("zero-width characters", createSkill("test-corpus", "Copy\u200Bwriting"), true, json, "INVALID"));
		cases.add(new Case("right-to-left override", createSkill("test-corpus", "\u202Egnitirw"), true, json, "INVALID"));
		cases.add(new Case("mis-decoded text", createSkill("test-corpus", "Bandung \u0E42\u20AC\u201C"), true, json, "INVALID"));
		cases.add(new Case("lone surrogate", createSkill("test-corpus", "bad LONE char").replace("LONE", "\\ud800"), true, json, "INVALID"));
		cases.add(new Case("control characters", createSkill("test-corpus", "bell\u0007"), true, json, "INVALID"));
		cases.add(new Case("unicode id", createSkill("t\u00E9st-corpus", "Corpus"), true, json, "INVALID"));
		cases.add(new Case("bad date filter", query("{ changes(since: \"yesterday\") { id } }"), true, json, "ValidationError"));
		return cases;
	}

	private String graphSize() {
		return count("MATCH (n) RETURN count(n)") + "/" + count("MATCH ()-[r]->() RETURN count(r)");
	}

	@Test
	void everyBadRequestGetsAClassifiedErrorAndChangesNothing() {
		String before = graphSize();
		List<String> failures = new ArrayList<>();
		List<Case> corpus = corpus();
		for (Case c : corpus) {
			var request = this.http.post().uri("/graphql").header("Content-Type", c.contentType());
			if (c.curator()) {
				request = request.headers(headers -> headers.setBasicAuth("curator", "curator-test-password"));
			}
			var result = request.bodyValue(c.body()).exchange().returnResult(String.class);
			String body = String.join("", result.getResponseBody().collectList().block());
			int status = result.getStatus().value();
			String found = classification(body);
			if (status >= 500 || !c.expected().equals(found) || body.contains("Exception") || body.contains("\tat ")) {
				failures.add(c.name() + ": HTTP " + status + ", expected " + c.expected() + ", got " + found + " in "
						+ body.substring(0, Math.min(300, body.length())));
			}
		}
		assertThat(failures).as("%d of %d cases", failures.size(), corpus.size()).isEmpty();
		assertThat(graphSize()).isEqualTo(before);
		this.graphQl.document("{ sources { id } }").execute().path("sources").entityList(Object.class).hasSize(5);
	}

	/** The classification of the first GraphQL error, or the code of the first payload error. */
	private static String classification(String body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root.path("errors").isArray() && !root.path("errors").isEmpty()) {
				return root.path("errors").get(0).path("extensions").path("classification").asString(null);
			}
			for (JsonNode payload : root.path("data")) {
				if (payload.path("errors").isArray() && !payload.path("errors").isEmpty()) {
					return payload.path("errors").get(0).path("code").asString(null);
				}
			}
			return "no error";
		}
		catch (RuntimeException ex) {
			return "unreadable response";
		}
	}

}
