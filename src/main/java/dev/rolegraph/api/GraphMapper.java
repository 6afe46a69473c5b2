package dev.rolegraph.api;

import java.util.List;

import dev.rolegraph.evidence.Citation;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.mapping.Neo4jMappingContext;
import org.springframework.stereotype.Component;

/** Turns nodes and relationships of a {@code Neo4jClient} row into the entities and citations of the API. */
@Component
public class GraphMapper {

	private final Neo4jMappingContext mappingContext;

	GraphMapper(Neo4jMappingContext mappingContext) {
		this.mappingContext = mappingContext;
	}

	/** The entity of type {@code type} for a node value; null for a null value. */
	public <T> T node(Value node, Class<T> type) {
		if (node == null || node.isNull()) {
			return null;
		}
		return this.mappingContext.getRequiredMappingFunctionFor(type).apply(null, node);
	}

	/** Entities for a list of node values. */
	public <T> List<T> nodes(Value nodes, Class<T> type) {
		return nodes.asList(value -> node(value, type));
	}

	/** The citations of a relationship (or of a map with {@code cites} and {@code inferred}). */
	public static List<Citation> citations(Value edge) {
		if (edge == null || edge.isNull()) {
			return List.of();
		}
		return Citation.parseAll(edge.get("cites").asList(Value::asString), inferred(edge));
	}

	/** Whether a relationship is implied rather than stated; absent means stated. */
	public static boolean inferred(Value edge) {
		return edge.get("inferred").asBoolean(false);
	}

}
