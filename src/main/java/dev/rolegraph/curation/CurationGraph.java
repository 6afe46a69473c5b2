package dev.rolegraph.curation;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.rolegraph.database.GraphVersion;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.database.SoleBridges;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.Relation;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The writes of curation, each one named query; they run inside the caller's transaction. Labels and types are
 * formatted in from {@link Label} and {@link Relation} constants only; every value is a parameter.
 */
@Component
class CurationGraph {

	static final String EXISTS = "MATCH (n:%s {id: $id}) RETURN count(n) > 0 AS found";

	static final String SOURCE_LINES = "MATCH (s:Source {id: $id}) RETURN s.lines AS lines";

	static final String CREATE_NODE = "CREATE (n:%s) SET n = $props RETURN properties(n) AS after";

	/** Takes the node's write lock first (version), so parallel edits of one node apply one after the other. */
	static final String UPDATE_NODE = """
			MATCH (n:%s {id: $id})
			SET n.version = coalesce(n.version, 0) + 1
			WITH n, properties(n) AS before
			SET n += $changes, n[$citeProperty] = coalesce(n[$citeProperty], []) + $cite
			RETURN before, properties(n) AS after""";

	/**
	 * Deletes a node and everything attached to it, and returns all of it: its labels and properties, and each
	 * relationship with its direction, type, properties (citations included) and the other end's label and id,
	 * which is enough to restore the node from the audit trail.
	 */
	static final String DELETE_NODE = """
			MATCH (n:%s {id: $id})
			WITH n, {labels: labels(n), properties: properties(n),
			         relationships: [(n)-[r]->(m) | {direction: 'OUT', type: type(r), label: labels(m)[0], id: m.id,
			                                          properties: properties(r)}]
			                      + [(n)<-[r]-(m) | {direction: 'IN', type: type(r), label: labels(m)[0], id: m.id,
			                                          properties: properties(r)}]} AS before
			DETACH DELETE n
			RETURN before""";

	/** Locks both roles, then asks whether {@code to} already reports, directly or not, to {@code from}. */
	static final String REPORTING_CYCLE = """
			MATCH (a:Role {id: $from}), (b:Role {id: $to})
			SET a.version = coalesce(a.version, 0) + 1, b.version = coalesce(b.version, 0) + 1
			RETURN EXISTS { MATCH (b)-[:REPORTS_TO]->{1,50}(a) } AS cycle""";

	static final String LINK = """
			MATCH (a:Role {id: $from}), (b:%1$s {id: $to})
			SET a.version = coalesce(a.version, 0) + 1
			WITH a, b
			OPTIONAL MATCH (a)-[old:%2$s]->(b)
			WITH a, b, CASE WHEN old IS NULL THEN null ELSE properties(old) END AS before
			MERGE (a)-[r:%2$s]->(b)
			ON CREATE SET r.origin = 'curator', r.cites = [], r.inferred = $inferred
			SET r.cites = CASE WHEN $cite IN r.cites THEN r.cites ELSE r.cites + $cite END,
			    r.inferred = r.inferred AND $inferred,
			    r.essential = CASE WHEN $essential IS NULL THEN r.essential ELSE $essential END,
			    r.note = coalesce($note, r.note)
			RETURN before, properties(r) AS after""";

	static final String LINKED = "MATCH (:Role {id: $from})-[r:%s]->(:%s {id: $to}) RETURN count(r) > 0 AS linked";

	/** The roles that have the node {@code $id} through a relationship: the roles its deletion changes. */
	static final String LINKED_ROLES = """
			MATCH (:%s {id: $id})<-[:%s]-(r:Role)
			RETURN r.id""";

	static final String UNLINK = """
			MATCH (a:Role {id: $from})-[r:%s]->(b:%s {id: $to})
			SET a.version = coalesce(a.version, 0) + 1
			WITH r, properties(r) AS before
			DELETE r
			RETURN before""";

	/** The audit record, and the graph's version advanced with it: every write has one, in the same statement. */
	static final String RECORD_CHANGE = """
			CREATE (c:Change {id: randomUUID(), at: datetime(), by: $by, action: $action, entity: $entity,
			                  entityId: $entityId, before: $before, after: $after, cites: [$cite], note: $note})
			WITH c
			""" + GraphVersion.ADVANCE;

	static final String CHANGES = """
			MATCH (c:Change)
			WHERE ($since IS NULL OR c.at >= $since) AND ($by IS NULL OR c.by = $by)
			  AND ($entity IS NULL OR c.entity = $entity OR c.entityId = $entity)
			RETURN c ORDER BY c.at DESC, c.id LIMIT $first""";

	/** A node or relationship before and after a write; null where it did not exist. */
	record BeforeAfter(Map<String, Object> before, Map<String, Object> after) {
	}

	/** One audited change. */
	record Change(String id, ZonedDateTime at, String by, String action, String entity, String entityId,
			String before, String after, List<String> cites, String note) {
	}

	private final Neo4jClient client;

	private final SimilarMoves moves;

	CurationGraph(Neo4jClient client, SimilarMoves moves) {
		this.client = client;
		this.moves = moves;
	}

	boolean exists(String label, String id) {
		return this.client.query(EXISTS.formatted(label)).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
	}

	/** Empty when there is no such source; an empty inner value when the source has no line count. */
	Optional<Optional<Integer>> sourceLines(String id) {
		return this.client.query(SOURCE_LINES)
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> row.get("lines").isNull() ? Optional.empty() : Optional.of(row.get("lines").asInt()))
			.one()
			.map(lines -> (Optional<Integer>) lines);
	}

	Map<String, Object> create(String label, Map<String, Object> props) {
		return this.client.query(CREATE_NODE.formatted(label))
			.bind(props)
			.to("props")
			.fetchAs(Map.class)
			.mappedBy((types, row) -> row.get("after").asMap())
			.one()
			.orElseThrow();
	}

	Optional<BeforeAfter> update(String label, String id, Map<String, Object> changes, String citeProperty, String cite) {
		return this.client.query(UPDATE_NODE.formatted(label))
			.bindAll(Map.of("id", id, "changes", changes, "citeProperty", citeProperty, "cite", cite))
			.fetchAs(BeforeAfter.class)
			.mappedBy((types, row) -> new BeforeAfter(row.get("before").asMap(), row.get("after").asMap()))
			.one();
	}

	Optional<Map<String, Object>> delete(Label label, String id) {
		List<String> requirers = label == Label.SKILL ? linkedRoles(Relation.REQUIRES, id) : List.of();
		// A deleted role's moves go with it, and the roles that kept one choose again; the roles that lose a skill
		// or a duty are scored again.
		List<String> scored = switch (label) {
			case SKILL -> requirers;
			case RESPONSIBILITY -> linkedRoles(Relation.HAS_RESPONSIBILITY, id);
			case ROLE -> List.of(id);
			default -> List.of();
		};
		return keepingDerived(label == Label.ROLE ? List.of(id) : requirers, scored, () -> this.client
			.query(DELETE_NODE.formatted(label.text))
			.bind(id)
			.to("id")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> row.get("before").asMap())
			.one()
			.map(CurationGraph::map));
	}

	boolean wouldCycle(String from, String to) {
		return this.client.query(REPORTING_CYCLE)
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	Optional<BeforeAfter> link(Relation type, String from, String to, Boolean essential, String cite, boolean inferred,
			String note) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", from);
		params.put("to", to);
		params.put("essential", type == Relation.REQUIRES && essential == null ? Boolean.TRUE : essential);
		params.put("cite", cite);
		params.put("inferred", inferred);
		params.put("note", note);
		return keepingDerived(requirementsChangedBy(type, from), movesChangedBy(type, from),
				() -> this.client.query(LINK.formatted(type.to.text, type.name()))
					.bindAll(params)
					.fetchAs(BeforeAfter.class)
					.mappedBy((types, row) -> new BeforeAfter(row.get("before").isNull() ? null : row.get("before").asMap(),
							row.get("after").asMap()))
					.one());
	}

	boolean linked(Relation type, String from, String to) {
		return this.client.query(LINKED.formatted(type.name(), type.to.text))
			.bindAll(Map.of("from", from, "to", to))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	Optional<Map<String, Object>> unlink(Relation type, String from, String to) {
		return keepingDerived(requirementsChangedBy(type, from), movesChangedBy(type, from),
				() -> this.client.query(UNLINK.formatted(type.name(), type.to.text))
					.bindAll(Map.of("from", from, "to", to))
					.fetchAs(Object.class)
					.mappedBy((types, row) -> row.get("before").asMap())
					.one()
					.map(CurationGraph::map));
	}

	/** The roles whose REQUIRES a link or unlink of {@code type} from {@code from} changes. */
	private static List<String> requirementsChangedBy(Relation type, String from) {
		return type == Relation.REQUIRES ? List.of(from) : List.of();
	}

	/** The roles whose similarity moves a link or unlink of {@code type} from {@code from} changes. */
	private static List<String> movesChangedBy(Relation type, String from) {
		return type == Relation.REQUIRES || type == Relation.HAS_RESPONSIBILITY ? List.of(from) : List.of();
	}

	private List<String> linkedRoles(Relation relation, String id) {
		return List.copyOf(this.client.query(LINKED_ROLES.formatted(relation.to.text, relation.name()))
			.bind(id)
			.to("id")
			.fetchAs(String.class)
			.all());
	}

	/**
	 * Runs {@code write} keeping what is derived from the roles' requirements right, in the same transaction: the
	 * sole-bridge counts of the roles whose REQUIRES it changes ({@code requirers}), and the similarity moves of the
	 * roles whose requirements or duties it changes ({@code scored}).
	 */
	private <T> T keepingDerived(List<String> requirers, List<String> scored, Supplier<T> write) {
		if (!requirers.isEmpty()) {
			SoleBridges.retract(this::run, requirers);
		}
		SimilarMoves.Pending moves = this.moves.before(SimilarMoves.Statements.on(this.client), scored);
		T result = write.get();
		if (!requirers.isEmpty()) {
			SoleBridges.apply(this::run, requirers);
		}
		moves.after();
		return result;
	}

	private void run(String cypher, Map<String, Object> parameters) {
		this.client.query(cypher).bindAll(parameters).run();
	}

	/** Records a change in the running write; the graph's version it advanced to. */
	long record(String by, String action, String entity, String entityId, String before, String after, String cite,
			String note) {
		Map<String, Object> params = new HashMap<>();
		params.put("by", by);
		params.put("action", action);
		params.put("entity", entity);
		params.put("entityId", entityId);
		params.put("before", before);
		params.put("after", after);
		params.put("cite", cite);
		params.put("note", note);
		return this.client.query(RECORD_CHANGE).bindAll(params).fetchAs(Long.class).one().orElseThrow();
	}

	List<Change> changes(OffsetDateTime since, String by, String entity, int first) {
		Map<String, Object> params = new HashMap<>();
		params.put("since", since);
		params.put("by", by);
		params.put("entity", entity);
		params.put("first", first);
		return List.copyOf(this.client.query(CHANGES).bindAll(params).fetchAs(Change.class).mappedBy((types, row) -> {
			Value c = row.get("c");
			return new Change(c.get("id").asString(), c.get("at").asZonedDateTime(), c.get("by").asString(),
					c.get("action").asString(), c.get("entity").asString(), c.get("entityId").asString(),
					c.get("before").asString(null), c.get("after").asString(null), c.get("cites").asList(Value::asString),
					c.get("note").asString(null));
		}).all());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
