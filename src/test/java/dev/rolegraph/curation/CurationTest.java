package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.rolegraph.ApiTest;
import dev.rolegraph.database.SoleBridges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Curators' writes: who may write, what is checked, what is recorded. Test data uses ids starting "test-". */
class CurationTest extends ApiTest {

	@Autowired
	SoleBridges soleBridges;

	private static final String EVIDENCE_003_70 = "evidence: {sourceId: \"003\", lines: \"70\"}";

	@AfterEach
	void removeTestData() {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(
					"MATCH (n) WHERE n.id STARTS WITH 'test-' AND NOT n:Change DETACH DELETE n").consume());
		}
		// Removed behind the API's back: count the skills that bridge roles again.
		this.soleBridges.countAll();
	}

	/** Nodes and relationships outside the audit trail, to prove a rejected write changed nothing. */
	private String graphSize() {
		return count("MATCH (n) WHERE NOT n:Change RETURN count(n)") + "/" + count("MATCH ()-[r]->() RETURN count(r)")
				+ "/" + count("MATCH (n) WHERE NOT n:Change RETURN sum(coalesce(n.version, 0))");
	}

	private static String createSkill(String id, String en, String evidence) {
		return "mutation { createSkill(input: {id: \"" + id + "\", name: {en: \"" + en + "\", id: \"" + en + " (id)\"}, "
				+ evidence + "}) { skill { id name } errors { field code message } } }";
	}

	@Test
	void readsArePublicButAnAnonymousWriteIsUnauthorized() {
		String before = graphSize();
		this.graphQl.document(createSkill("test-anon", "Anonymous", EVIDENCE_003_70))
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.UNAUTHORIZED)
			.verify();
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void aReaderAccountIsForbiddenToWrite() {
		as("reader").document(createSkill("test-reader", "Reader", EVIDENCE_003_70))
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.FORBIDDEN)
			.verify();
	}

	@Test
	void aWrongPasswordGetsAGraphQlErrorNotAPage() {
		this.http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBasicAuth("curator", "not-the-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ sources { id } }"))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("UNAUTHORIZED");
	}

	@Test
	void aCuratorAddsASkillWithEvidenceAndTheChangeIsAudited() {
		as("curator").document(createSkill("test-video-editing", "Video editing", EVIDENCE_003_70))
			.execute()
			.path("createSkill.errors").entityList(Object.class).hasSize(0)
			.path("createSkill.skill.id").entity(String.class).isEqualTo("test-video-editing");
		as("curator").document("""
				{ changes(by: "curator", entity: "test-video-editing", first: 5) { action entity by after cites } }""")
			.execute()
			.path("changes[0].action").entity(String.class).isEqualTo("CREATE")
			.path("changes[0].entity").entity(String.class).isEqualTo("Skill")
			.path("changes[0].cites[0]").entity(String.class).isEqualTo("003:70")
			.path("changes[0].after").entity(String.class).satisfies(after -> assertThat(after).contains("Video editing"));
		this.graphQl.document("{ changes { id } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.UNAUTHORIZED)
			.verify();
	}

	@Test
	void linkingTwiceAddsEvidenceToOneRelationshipAndUnlinkRemovesIt() {
		var curator = as("curator");
		curator.document("mutation { createRole(input: {id: \"test-editor\", name: {en: \"Test editor\", id: \"Editor uji\"}, "
				+ EVIDENCE_003_70 + "}) { errors { message } } }").execute().path("createRole.errors").entityList(Object.class).hasSize(0);
		curator.document(createSkill("test-cutting", "Cutting", EVIDENCE_003_70)).execute();
		String link = "mutation { link(input: {from: \"test-editor\", type: REQUIRES, to: \"test-cutting\", essential: false, "
				+ "evidence: {sourceId: \"003\", lines: \"%s\"}}) { from { id } citations { sourceId lines } errors { code } } }";
		curator.document(link.formatted("70")).execute().path("link.citations[*].lines").entityList(String.class).containsExactly("70");
		curator.document(link.formatted("72-73"))
			.execute()
			.path("link.citations[*].lines").entityList(String.class).containsExactly("70", "72-73");
		assertThat(count("MATCH (:Role {id: 'test-editor'})-[r:REQUIRES]->(:Skill {id: 'test-cutting'}) WHERE NOT r.essential RETURN count(r)"))
			.isOne();
		curator.document("mutation { unlink(input: {from: \"test-editor\", type: REQUIRES, to: \"test-cutting\", "
				+ EVIDENCE_003_70 + "}) { errors { code } } }").execute().path("unlink.errors").entityList(Object.class).hasSize(0);
		curator.document("mutation { unlink(input: {from: \"test-editor\", type: REQUIRES, to: \"test-cutting\", "
				+ EVIDENCE_003_70 + "}) { errors { code } } }").execute().path("unlink.errors[0].code").entity(String.class).isEqualTo("NOT_LINKED");
	}

	@Test
	void aNewWebSourceCanBeCitedWithoutLines() {
		as("curator").document("""
				mutation { createTool(input: {id: "test-canva", name: {en: "Canva", id: "Canva"},
				  evidence: {newSource: {id: "test-web", title: "A guide", url: "https://example.org/guide", language: "en"}}}) {
				  tool { id } errors { message } } }""")
			.execute()
			.path("createTool.tool.id").entity(String.class).isEqualTo("test-canva");
		assertThat(count("MATCH (s:Source {id: 'test-web', origin: 'curator'}) RETURN count(s)")).isOne();
		assertThat(count("MATCH (t:Tool {id: 'test-canva'}) WHERE t.cites = ['test-web'] RETURN count(t)")).isOne();
	}

	@Test
	void datesTravelAsDateAndDateTimeScalars() {
		var curator = as("curator");
		curator.document("""
				mutation { createTool(input: {id: "test-dated", name: {en: "Dated", id: "Bertanggal"},
				  evidence: {newSource: {id: "test-dated-web", title: "A dated guide", url: "https://example.org/dated",
				  language: "en", published: "2024-10-14"}}}) { errors { message } } }""")
			.execute()
			.path("createTool.errors").entityList(Object.class).hasSize(0);
		assertThat(count("MATCH (s:Source {id: 'test-dated-web'}) WHERE s.published = date('2024-10-14') RETURN count(s)"))
			.isOne();
		curator.document("{ changes(since: \"2020-01-01T00:00:00+07:00\", entity: \"test-dated\") { at } }")
			.execute()
			.path("changes[0].at")
			.entity(String.class)
			.satisfies(at -> assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})"));
		curator.document("""
				mutation { createTool(input: {id: "test-undated", name: {en: "Undated", id: "Tanpa tanggal"},
				  evidence: {newSource: {id: "test-undated-web", title: "A guide", url: "https://example.org/undated",
				  language: "en", published: "14/10/2024"}}}) { errors { message } } }""")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == graphql.ErrorType.ValidationError
					&& error.getMessage().contains("'input.evidence.newSource.published'")
					&& error.getMessage().contains("must be a date such as 2024-10-14"))
			.verify();
		curator.document("{ changes(since: \"yesterday\") { at } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == graphql.ErrorType.ValidationError
					&& error.getMessage().contains("'since'") && error.getMessage().contains("DateTime"))
			.verify();
	}

	@Test
	void updatesChangeOnlyTheGivenFieldsAndKeepBeforeAndAfter() {
		var curator = as("curator");
		curator.document("mutation { createRole(input: {id: \"test-analyst\", name: {en: \"Analyst\", id: \"Analis\"}, "
				+ "description: {en: \"Reads data\", id: \"Membaca data\"}, " + EVIDENCE_003_70 + "}) { errors { message } } }").execute();
		curator.document("mutation { updateRole(input: {id: \"test-analyst\", description: {en: \"Reads numbers\", id: \"Membaca angka\"}, "
				+ "evidence: {sourceId: \"003\", lines: \"142-146\"}}) { role { name description descriptionCitations { lines } } errors { message } } }")
			.execute()
			.path("updateRole.role.name").entity(String.class).isEqualTo("Analyst")
			.path("updateRole.role.description").entity(String.class).isEqualTo("Reads numbers")
			.path("updateRole.role.descriptionCitations[*].lines").entityList(String.class).containsExactly("70", "142-146");
		curator.document("{ changes(entity: \"test-analyst\", first: 1) { action before after } }")
			.execute()
			.path("changes[0].action").entity(String.class).isEqualTo("UPDATE")
			.path("changes[0].before").entity(String.class).satisfies(before -> assertThat(before).contains("Reads data"))
			.path("changes[0].after").entity(String.class).satisfies(after -> assertThat(after).contains("Reads numbers"));
	}

	private static final Map<String, Object> EVIDENCE = Map.of("sourceId", "003", "lines", "70");

	private static Map<String, Object> skill(String id, String en, Map<String, Object> evidence) {
		return Map.of("id", id, "name", Map.of("en", en, "id", en + " (id)"), "evidence", evidence);
	}

	private static Map<String, Object> link(String from, String type, String to) {
		return Map.of("from", from, "type", type, "to", to, "evidence", EVIDENCE);
	}

	static Stream<Arguments> refusedWrites() {
		return Stream.of(
				arguments("an id with capitals and spaces", "createSkill", skill("Not An Id", "X", EVIDENCE), "INVALID",
						List.of("input", "id")),
				arguments("a blank English name", "createSkill", skill("test-empty", " ", EVIDENCE), "INVALID",
						List.of("input", "name", "en")),
				arguments("lines past the article's end", "createSkill",
						skill("test-x", "X", Map.of("sourceId", "003", "lines", "165")), "INVALID",
						List.of("input", "evidence", "lines")),
				arguments("an article cited without lines", "createSkill", skill("test-x", "X", Map.of("sourceId", "003")),
						"INVALID", List.of("input", "evidence", "lines")),
				arguments("an unknown source", "createSkill", skill("test-x", "X", Map.of("sourceId", "999", "lines", "1")),
						"NOT_FOUND", List.of("input", "evidence", "sourceId")),
				arguments("lines without a source", "createSkill", skill("test-x", "X", Map.of("lines", "1")), "INVALID",
						List.of("input", "evidence", "sourceId")),
				arguments("an id that exists", "createSkill", skill("copywriting", "Copy", EVIDENCE), "DUPLICATE",
						List.of("input", "id")),
				arguments("a zero-width character", "createSkill", skill("test-x", "Zero\u200Bwidth", EVIDENCE), "INVALID",
						List.of("input", "name", "en")),
				arguments("mis-decoded text", "createSkill", skill("test-x", "\u00E2\u20AC\u2122 broken", EVIDENCE),
						"INVALID", List.of("input", "name", "en")),
				arguments("a reporting line that closes a loop", "link",
						link("marketing-manager", "REPORTS_TO", "social-media-specialist"), "CYCLE", List.of("input", "to")),
				arguments("a role as its own next step", "link",
						link("social-media-officer", "PROGRESSES_TO", "social-media-officer"), "SELF_LINK",
						List.of("input", "to")),
				arguments("a tool that does not exist", "link", link("social-media-officer", "USES", "test-nothing"),
						"NOT_FOUND", List.of("input", "to")),
				arguments("essential on a tool", "link",
						Map.of("from", "social-media-officer", "type", "USES", "to", "notion", "essential", true, "evidence",
								EVIDENCE),
						"INVALID", List.of("input", "essential")),
				arguments("deleting a tool that does not exist", "deleteTool",
						Map.of("id", "test-nothing", "evidence", EVIDENCE), "NOT_FOUND", List.of("input", "id")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedWrites")
	void aRefusedWriteIsATypedErrorOnItsFieldAndChangesNothing(String why, String mutation, Map<String, Object> input,
			String code, List<String> field) {
		String before = graphSize();
		as("curator").documentName(mutation)
			.variable("input", input)
			.execute()
			.path(mutation + ".errors[0].code").entity(String.class).isEqualTo(code)
			.path(mutation + ".errors[0].field").entityList(String.class).containsExactly(field.toArray(String[]::new));
		assertThat(graphSize()).isEqualTo(before);
	}

	@Test
	void cypherInInputIsStoredAsTextNeverRun() {
		long nodes = count("MATCH (n) RETURN count(n)");
		String injection = "x'}) MATCH (n) DETACH DELETE n //";
		as("curator").document(createSkill("test-injection", injection.replace("'", "\\u0027"), EVIDENCE_003_70))
			.execute()
			.path("createSkill.skill.name").entity(String.class).isEqualTo(injection);
		this.graphQl.document("{ role(id: \"x' OR 1=1 //\") { id } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND)
			.verify();
		assertThat(count("MATCH (n) RETURN count(n)")).isGreaterThan(nodes);
	}

	@Test
	void parallelCuratorsEditingOneRoleLoseNoUpdate() throws Exception {
		var curator = as("curator");
		curator.document("mutation { createRole(input: {id: \"test-busy\", name: {en: \"Busy\", id: \"Sibuk\"}, "
				+ EVIDENCE_003_70 + "}) { errors { message } } }").execute();
		int writes = 40;
		for (int i = 0; i < writes; i++) {
			curator.document(createSkill("test-parallel-" + i, "Parallel " + i, EVIDENCE_003_70)).execute();
		}
		long changesBefore = count("MATCH (c:Change {entity: 'REQUIRES'}) WHERE c.entityId STARTS WITH 'test-busy>' RETURN count(c)");
		List<Callable<Object>> tasks = IntStream.range(0, writes).<Callable<Object>>mapToObj(i -> () -> {
			as(i % 2 == 0 ? "curator" : "second")
				.document("mutation { link(input: {from: \"test-busy\", type: REQUIRES, to: \"test-parallel-" + i + "\", "
						+ EVIDENCE_003_70 + "}) { errors { message } } }")
				.execute()
				.path("link.errors").entityList(Object.class).hasSize(0);
			return null;
		}).toList();
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (var future : pool.invokeAll(tasks)) {
				future.get();
			}
		}
		assertThat(count("MATCH (:Role {id: 'test-busy'})-[:REQUIRES]->(s:Skill) WHERE s.id STARTS WITH 'test-parallel-' RETURN count(s)"))
			.isEqualTo(writes);
		assertThat(count("MATCH (r:Role {id: 'test-busy'}) RETURN r.version")).isEqualTo(1 + writes);
		assertThat(count("MATCH (c:Change {entity: 'REQUIRES'}) WHERE c.entityId STARTS WITH 'test-busy>' RETURN count(c)"))
			.isEqualTo(changesBefore + writes);
	}

	/** What an operator would run to undo a delete: the node, then each relationship, from the audit record. */
	private static final String RESTORE_FROM_AUDIT = """
			WITH $before AS deleted
			CREATE (n) SET n = deleted.properties, n:$(deleted.labels)
			WITH n, deleted
			UNWIND deleted.relationships AS rel
			MATCH (m:$(rel.label) {id: rel.id})
			FOREACH (_ IN CASE WHEN rel.direction = 'OUT' THEN [1] ELSE [] END |
			  CREATE (n)-[r:$(rel.type)]->(m) SET r = rel.properties)
			FOREACH (_ IN CASE WHEN rel.direction = 'IN' THEN [1] ELSE [] END |
			  CREATE (m)-[r:$(rel.type)]->(n) SET r = rel.properties)""";

	@Test
	void aDeletedRoleCanBeRestoredFromItsAuditRecord() {
		var curator = as("curator");
		curator.document("mutation { createRole(input: {id: \"test-restore\", name: {en: \"Restore\", id: \"Pulih\"}, "
				+ "description: {en: \"A role to delete\", id: \"Peran untuk dihapus\"}, " + EVIDENCE_003_70
				+ "}) { errors { message } } }").execute().path("createRole.errors").entityList(Object.class).hasSize(0);
		for (String link : List.of("type: REQUIRES, to: \"copywriting\", essential: false",
				"type: REPORTS_TO, to: \"social-media-manager\"", "type: COLLABORATES_WITH, to: \"design-team\"")) {
			curator.document("mutation { link(input: {from: \"test-restore\", " + link + ", " + EVIDENCE_003_70
					+ "}) { errors { message } } }").execute().path("link.errors").entityList(Object.class).hasSize(0);
		}
		curator.document("mutation { link(input: {from: \"social-media-officer\", type: REPORTS_TO, to: \"test-restore\", "
				+ "evidence: {sourceId: \"001\", lines: \"3\", inferred: true}}) { errors { message } } }")
			.execute().path("link.errors").entityList(Object.class).hasSize(0);
		String snapshot = snapshot("test-restore");
		curator.document("mutation { deleteRole(input: {id: \"test-restore\", " + EVIDENCE_003_70 + "}) { deletedId } }")
			.execute().path("deleteRole.deletedId").entity(String.class).isEqualTo("test-restore");
		assertThat(count("MATCH (r:Role {id: 'test-restore'}) RETURN count(r)")).isZero();
		String before = curator.document("{ changes(entity: \"test-restore\", first: 1) { action before } }")
			.execute()
			.path("changes[0].action").entity(String.class).isEqualTo("DELETE")
			.path("changes[0].before").entity(String.class).get();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(RESTORE_FROM_AUDIT,
					Map.of("before", new tools.jackson.databind.json.JsonMapper().readValue(before, Map.class))).consume());
		}
		assertThat(snapshot("test-restore")).isEqualTo(snapshot);
	}

	/** A node and its relationships, with every property, in a stable order. */
	private String snapshot(String id) {
		try (var session = this.driver.session()) {
			var row = session.executeRead(tx -> tx.run("""
					MATCH (n {id: $id})
					RETURN labels(n) AS labels, properties(n) AS properties,
					       COLLECT { MATCH (n)-[r]-(m) WHERE NOT m:Change
					                 RETURN [startNode(r) = n, type(r), m.id, properties(r)] } AS rels""",
					Map.of("id", id)).single());
			return row.get("labels").asList() + " " + new java.util.TreeMap<>(row.get("properties").asMap()) + " "
					+ row.get("rels")
				.asList(rel -> rel.asList(part -> part.asObject() instanceof Map<?, ?> map ? new java.util.TreeMap<>(map)
						: part.asObject()).toString()).stream().sorted().toList();
		}
	}

}
