package dev.rolegraph.curation;

import java.util.Map;

import dev.rolegraph.database.GraphVersion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who changed what, from what to what, on which evidence: one {@code Change} node per write, in the write's own
 * transaction, so a change and its record commit or roll back together; the graph's version advances with them.
 */
@Component
class AuditTrail {

	/** What a curator did. */
	enum Action {

		CREATE, UPDATE, DELETE, LINK, UNLINK

	}

	private final CurationGraph graph;

	private final JsonMapper json;

	private final GraphVersion version;

	AuditTrail(CurationGraph graph, JsonMapper json, GraphVersion version) {
		this.graph = graph;
		this.json = json;
		this.version = version;
	}

	/**
	 * Records {@code action} on {@code entity} {@code entityId} by the signed-in curator; {@code before} and
	 * {@code after} are the properties on each side (null where there is none), kept as JSON.
	 */
	void record(Action action, String entity, String entityId, Map<String, Object> before, Map<String, Object> after,
			String cite, String note) {
		String by = SecurityContextHolder.getContext().getAuthentication().getName();
		// Every write records itself here, so this is where the graph's version advances (HTTP caches' tags).
		long version = this.graph.record(by, action.name(), entity, entityId, json(before), json(after), cite, note);
		this.version.advancedTo(version);
	}

	private String json(Map<String, Object> properties) {
		return properties == null ? null : this.json.writeValueAsString(properties);
	}

}
