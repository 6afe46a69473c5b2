package dev.rolegraph.analyst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

/** Driver values as plain JSON-ready values: nodes and relationships become maps that say what they are. */
final class Values {

	private static final TypeSystem TYPES = TypeSystem.getDefault();

	private Values() {
	}

	static Object plain(Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.hasType(TYPES.NODE())) {
			return node(value.asNode());
		}
		if (value.hasType(TYPES.RELATIONSHIP())) {
			return relationship(value.asRelationship(), null, null);
		}
		if (value.hasType(TYPES.PATH())) {
			Path path = value.asPath();
			List<Object> elements = new ArrayList<>();
			path.nodes().forEach(node -> elements.add(node(node)));
			path.relationships().forEach(rel -> elements.add(relationship(rel, null, null)));
			return Map.of("path", elements, "length", path.length());
		}
		if (value.hasType(TYPES.LIST())) {
			return value.asList(Values::plain);
		}
		if (value.hasType(TYPES.MAP())) {
			Map<String, Object> map = new LinkedHashMap<>();
			value.keys().forEach(key -> map.put(key, plain(value.get(key))));
			return map;
		}
		if (value.hasType(TYPES.INTEGER())) {
			return value.asLong();
		}
		if (value.hasType(TYPES.FLOAT())) {
			return value.asDouble();
		}
		if (value.hasType(TYPES.BOOLEAN())) {
			return value.asBoolean();
		}
		if (value.hasType(TYPES.STRING())) {
			return value.asString();
		}
		// Temporal, spatial and byte values: their Cypher text form.
		return value.toString();
	}

	/** A node as {@code {labels, properties}}; its stable id is the {@code id} property. */
	static Map<String, Object> node(Node node) {
		Map<String, Object> map = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		node.labels().forEach(labels::add);
		map.put("labels", labels);
		map.put("properties", properties(node.asMap(Values::plain)));
		return map;
	}

	/** A relationship as {@code {type, start, end, properties}}, the ends named by their stable ids when known. */
	static Map<String, Object> relationship(Relationship rel, Object start, Object end) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", rel.type());
		map.put("start", start != null ? start : rel.startNodeElementId());
		map.put("end", end != null ? end : rel.endNodeElementId());
		map.put("properties", properties(rel.asMap(Values::plain)));
		return map;
	}

	private static Map<String, Object> properties(Map<String, Object> properties) {
		return new java.util.TreeMap<>(properties);
	}

}
