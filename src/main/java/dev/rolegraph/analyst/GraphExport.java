package dev.rolegraph.analyst;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The whole knowledge graph for analysts, read in one READ transaction: every node and relationship as JSON Lines,
 * one label or relationship type as CSV, and a data dictionary read from the live graph. The audit trail and the
 * seed bookkeeping are left out of exports (the audit trail has its own curator query).
 */
@Component
class GraphExport {

	/** Labels that are bookkeeping, not knowledge. */
	static final Set<String> INTERNAL_LABELS = Set.of("Change", "SeedState");

	/** What each label of the knowledge graph holds. */
	static final Map<String, String> LABEL_MEANINGS = Map.of("Role", "a job role (kind ROLE) or a team (kind TEAM)",
			"Skill", "a skill a role requires", "Responsibility", "a duty of a role", "Tool", "a tool a role uses",
			"Platform", "a social media platform a role works on", "Source", "an article or page that facts cite",
			"Change", "audit record of one curator write (internal; not exported)",
			"SeedState", "version of the seed graph last loaded (internal; not exported)");

	static final String EXPORT_NODES = """
			MATCH (n) WHERE NOT n:Change AND NOT n:SeedState
			RETURN labels(n) AS labels, properties(n) AS properties ORDER BY labels(n)[0], n.id""";

	static final String EXPORT_RELATIONSHIPS = """
			MATCH (a)-[r]->(b) WHERE NOT a:Change AND NOT a:SeedState AND NOT b:Change AND NOT b:SeedState
			RETURN type(r) AS type, a.id AS start, labels(a)[0] AS startLabel, b.id AS end, labels(b)[0] AS endLabel,
			       properties(r) AS properties ORDER BY type, start, end""";

	static final String EXISTING_LABELS = "CALL db.labels() YIELD label RETURN collect(label)";

	static final String EXISTING_TYPES = "CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType)";

	static final String LABEL_ROWS = "MATCH (n:$($name)) RETURN properties(n) AS properties ORDER BY n.id";

	static final String TYPE_ROWS = """
			MATCH (a)-[r:$($name)]->(b)
			RETURN a.id AS start, b.id AS end, properties(r) AS properties ORDER BY start, end""";

	static final String LABELS = """
			CALL db.labels() YIELD label
			RETURN label, COUNT { MATCH (n:$(label)) } AS count ORDER BY label""";

	static final String NODE_PROPERTIES = """
			CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes, mandatory
			RETURN nodeLabels, propertyName, propertyTypes, mandatory""";

	static final String RELATIONSHIP_TYPES = """
			MATCH (a)-[r]->(b)
			RETURN type(r) AS type, labels(a)[0] AS from, labels(b)[0] AS to, count(*) AS count,
			       count(CASE WHEN size(coalesce(r.cites, [])) > 0 THEN 1 END) AS cited,
			       count(CASE WHEN r.inferred THEN 1 END) AS inferred
			ORDER BY type, from, to""";

	static final String RELATIONSHIP_PROPERTIES = """
			CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes, mandatory
			RETURN relType, propertyName, propertyTypes, mandatory""";

	private final Driver driver;

	private final JsonMapper json;

	private final AnalystProperties limits;

	GraphExport(Driver driver, JsonMapper json, AnalystProperties limits) {
		this.driver = driver;
		this.json = json;
		this.limits = limits;
	}

	/** Every node, then every relationship, one JSON object per line. */
	void jsonLines(OutputStream out) {
		read(tx -> {
			tx.run(EXPORT_NODES).forEachRemaining(row -> line(out, Map.of("kind", "node", "labels",
					row.get("labels").asList(Value::asString), "properties", Values.plain(row.get("properties")))));
			tx.run(EXPORT_RELATIONSHIPS).forEachRemaining(row -> {
				Map<String, Object> line = new LinkedHashMap<>();
				line.put("kind", "relationship");
				line.put("type", row.get("type").asString());
				line.put("start", Map.of("label", row.get("startLabel").asString(), "id", row.get("start").asString("")));
				line.put("end", Map.of("label", row.get("endLabel").asString(), "id", row.get("end").asString("")));
				line.put("properties", Values.plain(row.get("properties")));
				line(out, line);
			});
		});
	}

	/** The label's nodes or the type's relationships as CSV; false when the graph has no such label or type. */
	boolean csv(String name, OutputStream out) {
		return ReadOnly.read(this.driver, exportTimeout(), tx -> {
			boolean label = !INTERNAL_LABELS.contains(name)
					&& tx.run(EXISTING_LABELS).single().get(0).asList(Value::asString).contains(name);
			boolean type = !label && tx.run(EXISTING_TYPES).single().get(0).asList(Value::asString).contains(name);
			if (!label && !type) {
				return false;
			}
			List<Record> rows = tx.run(label ? LABEL_ROWS : TYPE_ROWS, Map.of("name", name)).list();
			List<String> keys = rows.stream()
				.flatMap(row -> java.util.stream.StreamSupport.stream(row.get("properties").keys().spliterator(), false))
				.distinct()
				.sorted(Comparator.comparing((String key) -> !key.equals("id")).thenComparing(Comparator.naturalOrder()))
				.toList();
			List<String> header = new ArrayList<>(label ? List.of() : List.of("start", "end"));
			header.addAll(keys);
			write(out, Csv.line(header));
			for (Record row : rows) {
				List<Object> cells = new ArrayList<>();
				if (!label) {
					cells.add(row.get("start").asString(""));
					cells.add(row.get("end").asString(""));
				}
				keys.forEach(key -> cells.add(Values.plain(row.get("properties").get(key))));
				write(out, Csv.line(cells));
			}
			return true;
		});
	}

	/** Labels with counts and properties, relationship types with their ends, properties and how many are cited. */
	Map<String, Object> dictionary() {
		Map<String, Object> dictionary = new LinkedHashMap<>();
		read(tx -> {
			Map<String, List<Map<String, Object>>> nodeProperties = new LinkedHashMap<>();
			tx.run(NODE_PROPERTIES).forEachRemaining(row -> row.get("nodeLabels").asList(Value::asString)
				.forEach(label -> nodeProperties.computeIfAbsent(label, key -> new ArrayList<>())
					.add(property(row))));
			List<Map<String, Object>> labels = new ArrayList<>();
			tx.run(LABELS).forEachRemaining(row -> {
				String label = row.get("label").asString();
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("label", label);
				entry.put("meaning", LABEL_MEANINGS.getOrDefault(label, ""));
				entry.put("count", row.get("count").asLong());
				entry.put("exported", !INTERNAL_LABELS.contains(label));
				List<Map<String, Object>> properties = nodeProperties.getOrDefault(label, List.of());
				entry.put("properties", properties);
				entry.put("citedBy", properties.stream()
					.map(p -> (String) p.get("name"))
					.filter(p -> p.equals("cites") || p.endsWith("Cites"))
					.sorted()
					.toList());
				labels.add(entry);
			});
			Map<String, List<Map<String, Object>>> relProperties = new LinkedHashMap<>();
			tx.run(RELATIONSHIP_PROPERTIES).forEachRemaining(row -> {
				if (!row.get("propertyName").isNull()) {
					relProperties.computeIfAbsent(row.get("relType").asString().replaceAll("^:`|`$", ""),
							key -> new ArrayList<>()).add(property(row));
				}
			});
			Map<String, Map<String, Object>> types = new LinkedHashMap<>();
			tx.run(RELATIONSHIP_TYPES).forEachRemaining(row -> {
				String type = row.get("type").asString();
				Map<String, Object> entry = types.computeIfAbsent(type, key -> {
					Map<String, Object> created = new LinkedHashMap<>();
					created.put("type", key);
					created.put("count", 0L);
					created.put("cited", 0L);
					created.put("inferred", 0L);
					created.put("ends", new ArrayList<Map<String, Object>>());
					created.put("properties", relProperties.getOrDefault(key, List.of()));
					return created;
				});
				entry.merge("count", row.get("count").asLong(), (x, y) -> (Long) x + (Long) y);
				entry.merge("cited", row.get("cited").asLong(), (x, y) -> (Long) x + (Long) y);
				entry.merge("inferred", row.get("inferred").asLong(), (x, y) -> (Long) x + (Long) y);
				ends(entry).add(Map.of("from", row.get("from").asString(), "to", row.get("to").asString(), "count",
						row.get("count").asLong()));
			});
			dictionary.put("labels", labels);
			dictionary.put("relationshipTypes", List.copyOf(types.values()));
		});
		return dictionary;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> ends(Map<String, Object> entry) {
		return (List<Map<String, Object>>) entry.get("ends");
	}

	private static Map<String, Object> property(Record row) {
		Map<String, Object> property = new LinkedHashMap<>();
		property.put("name", row.get("propertyName").asString());
		property.put("types", row.get("propertyTypes").asList(Value::asString));
		property.put("mandatory", row.get("mandatory").asBoolean());
		return property;
	}

	/** Exports read the whole graph: they get six times an analyst query's time. */
	private java.time.Duration exportTimeout() {
		return this.limits.timeout().multipliedBy(6);
	}

	private void read(Consumer<org.neo4j.driver.Transaction> work) {
		ReadOnly.read(this.driver, exportTimeout(), tx -> {
			work.accept(tx);
			return null;
		});
	}

	private void line(OutputStream out, Object value) {
		write(out, this.json.writeValueAsString(value) + "\n");
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
