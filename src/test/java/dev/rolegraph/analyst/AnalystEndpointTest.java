package dev.rolegraph.analyst;

import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An analyst reads the graph with Cypher, exports it and reads its dictionary, and cannot change it. */
class AnalystEndpointTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebTestClient.ResponseSpec cypher(String user, String query, Map<String, Object> parameters, MediaType accept) {
		var request = this.http.post().uri("/analyst/cypher").contentType(MediaType.APPLICATION_JSON).accept(accept);
		if (user != null) {
			request = request.headers(headers -> headers.setBasicAuth(user, user + "-test-password"));
		}
		return request.bodyValue(Map.of("query", query, "parameters", parameters)).exchange();
	}

	private JsonNode json(WebTestClient.ResponseSpec response, int status) {
		byte[] body = response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
		return JSON.readTree(body);
	}

	private String graphSize() {
		return count("MATCH (n) RETURN count(n)") + "/" + count("MATCH ()-[r]->() RETURN count(r)");
	}

	@Test
	void anAnalystCountsTheMostRequiredSkillsWithCypher() {
		JsonNode answer = json(cypher("reader", """
				MATCH (r:Role)-[:REQUIRES]->(s:Skill) RETURN s.id AS skill, count(r) AS roles
				ORDER BY roles DESC, skill LIMIT $n""", Map.of("n", 3), MediaType.APPLICATION_JSON), 200);
		assertThat(answer.path("columns").toString()).isEqualTo("[\"skill\",\"roles\"]");
		assertThat(answer.path("rows")).hasSize(3);
		assertThat(answer.path("rows").get(0).get(1).asLong()).isGreaterThan(1);
		assertThat(answer.path("truncated").asBoolean()).isFalse();
	}

	@Test
	void nodesComeBackWithTheirLabelsAndCitations() {
		JsonNode answer = json(cypher("curator", "MATCH (r:Role {id: $id})-[e:USES]->(t) RETURN r, e, t ORDER BY t.id",
				Map.of("id", "social-media-officer"), MediaType.APPLICATION_JSON), 200);
		JsonNode first = answer.path("rows").get(0);
		assertThat(first.get(0).path("labels").toString()).isEqualTo("[\"Role\"]");
		assertThat(first.get(1).path("type").asString()).isEqualTo("USES");
		assertThat(first.get(1).path("properties").path("cites").get(0).asString()).isEqualTo("001:25");
	}

	@Test
	void answersComeAsCsvWhenAsked() {
		String csv = cypher("reader", "MATCH (s:Source) RETURN s.id AS id, s.title AS title ORDER BY id", Map.of(),
				MediaType.parseMediaType("text/csv"))
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(csv.split("\r\n")).hasSize(6);
		assertThat(csv).startsWith("id,title\r\n000,");
	}

	@Test
	void writesFilesProceduresAndAdministrationAreRefusedAndChangeNothing() {
		String before = graphSize();
		for (String query : List.of("CREATE (:Role {id: 'intruder'})", "MATCH (r:Role) SET r.nameEn = 'x'",
				"MATCH (n) DETACH DELETE n", "MERGE (s:Skill {id: 'x'}) RETURN s",
				"LOAD CSV FROM 'file:///etc/hostname' AS line RETURN line",
				"LOAD CSV FROM 'http://example.com/x.csv' AS line RETURN line", "CALL dbms.components()",
				"CALL dbms.listConfig()", "SHOW TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
				"CREATE INDEX x FOR (n:Role) ON (n.nameEn)", "SHOW USERS", "USE system SHOW USERS",
				"CALL { CREATE (:Role {id: 'y'}) } IN TRANSACTIONS", "")) {
			JsonNode answer = json(cypher("reader", query, Map.of(), MediaType.APPLICATION_JSON), 400);
			assertThat(answer.path("errors").get(0).path("extensions").path("classification").asString())
				.as(query)
				.isEqualTo("BAD_REQUEST");
		}
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void schemaProceduresAreAllowed() {
		JsonNode answer = json(cypher("reader", "CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of(),
				MediaType.APPLICATION_JSON), 200);
		assertThat(answer.path("rows").toString()).contains("Role").contains("Skill");
	}

	@Test
	void bigAnswersAreCutAtTheRowCapAndSaySo() {
		JsonNode answer = json(cypher("reader", "UNWIND range(1, 100000) AS i RETURN i", Map.of(),
				MediaType.APPLICATION_JSON), 200);
		assertThat(answer.path("rows")).hasSize(10_000);
		assertThat(answer.path("truncated").asBoolean()).isTrue();
		assertThat(answer.path("truncatedBy").asString()).isEqualTo("maxRows 10000");
	}

	@Test
	void aLongRunningQueryIsStoppedByTheTimeout() {
		JsonNode answer = json(cypher("reader", "UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN count(i)",
				Map.of(), MediaType.APPLICATION_JSON), 400);
		assertThat(answer.path("errors").get(0).path("message").asString()).containsIgnoringCase("timeout");
	}

	@Test
	void anonymousCallersAndWrongPasswordsAreRefused() {
		cypher(null, "RETURN 1", Map.of(), MediaType.APPLICATION_JSON).expectStatus().isUnauthorized();
		this.http.get().uri("/analyst/export.jsonl").exchange().expectStatus().isUnauthorized();
		this.http.get().uri("/analyst/dictionary").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theExportHoldsEveryNodeAndRelationshipWithCitations() {
		String jsonl = readerGet("/analyst/export.jsonl");
		List<JsonNode> lines = jsonl.lines().map(JSON::readTree).toList();
		long nodes = lines.stream().filter(line -> line.path("kind").asString().equals("node")).count();
		long relationships = lines.stream().filter(line -> line.path("kind").asString().equals("relationship")).count();
		assertThat(nodes).isEqualTo(count("MATCH (n) WHERE NOT n:Change AND NOT n:SeedState RETURN count(n)"));
		assertThat(relationships).isEqualTo(count("MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT b:Change RETURN count(r)"));
		assertThat(lines.stream()
			.filter(line -> line.path("kind").asString().equals("relationship"))
			.allMatch(line -> line.path("properties").path("cites").size() > 0)).isTrue();
	}

	@Test
	void oneLabelOrTypeExportsAsCsv() {
		String roles = readerGet("/analyst/export/Role.csv");
		assertThat(roles.lines().count() - 1).isEqualTo(count("MATCH (r:Role) RETURN count(r)"));
		assertThat(roles).startsWith("id,");
		String requires = readerGet("/analyst/export/REQUIRES.csv");
		assertThat(requires).startsWith("start,end,").contains("cites");
		assertThat(requires.lines().count() - 1).isEqualTo(count("MATCH ()-[r:REQUIRES]->() RETURN count(r)"));
		asReader("/analyst/export/Change.csv").expectStatus().isNotFound();
	}

	private WebTestClient.ResponseSpec asReader(String uri) {
		return this.http.get().uri(uri).headers(headers -> headers.setBasicAuth("reader", "reader-test-password")).exchange();
	}

	/** The body of a GET by the reader account, which must succeed. */
	private String readerGet(String uri) {
		return asReader(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	@Test
	void theDictionaryDescribesTheLiveGraph() {
		JsonNode dictionary = JSON.readTree(readerGet("/analyst/dictionary"));
		JsonNode role = null;
		for (JsonNode label : dictionary.path("labels")) {
			if (label.path("label").asString().equals("Role")) {
				role = label;
			}
		}
		assertThat(role).isNotNull();
		assertThat(role.path("count").asLong()).isEqualTo(count("MATCH (r:Role) RETURN count(r)"));
		assertThat(role.path("citedBy").toString()).contains("descriptionCites");
		assertThat(role.path("properties").toString()).contains("nameEn");
		JsonNode requires = null;
		for (JsonNode type : dictionary.path("relationshipTypes")) {
			if (type.path("type").asString().equals("REQUIRES")) {
				requires = type;
			}
		}
		assertThat(requires).isNotNull();
		assertThat(requires.path("cited").asLong()).isEqualTo(requires.path("count").asLong());
		assertThat(requires.path("ends").get(0).path("from").asString()).isEqualTo("Role");
		assertThat(requires.path("properties").toString()).contains("essential");
	}

}
