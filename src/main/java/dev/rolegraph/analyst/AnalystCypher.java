package dev.rolegraph.analyst;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Runs an analyst's Cypher in a READ access-mode transaction (so a cluster routes it to a reader, and the database
 * itself refuses any write), with a timeout, a row cap and a byte cap. Before it runs, the database plans it
 * ({@code EXPLAIN}) and the plan is checked: it must be read-only, and must not load files or URLs or call a
 * procedure outside a short list of schema and search procedures.
 */
@Component
class AnalystCypher {

	/** Procedures an analyst may call: they read the schema or search the full-text indexes. */
	static final Set<String> ALLOWED_PROCEDURES = Set.of("db.labels", "db.relationshipTypes", "db.propertyKeys",
			"db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
			"db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships");

	/** A query the endpoint refuses to run, with the reason an analyst can act on. */
	static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message, null, false, false);
		}

	}

	/** The answer: columns, rows (each a list in column order), and whether caps cut it short. */
	record Answer(List<String> columns, List<List<Object>> rows, boolean truncated, String truncatedBy,
			long elapsedMillis) {
	}

	private final Driver driver;

	private final AnalystProperties limits;

	private final JsonMapper json;

	AnalystCypher(Driver driver, AnalystProperties limits, JsonMapper json) {
		this.driver = driver;
		this.limits = limits;
		this.json = json;
	}

	Answer run(String query, Map<String, Object> parameters) {
		if (query == null || query.isBlank()) {
			throw new Refused("'query' is required");
		}
		long started = System.nanoTime();
		try {
			return ReadOnly.read(this.driver, this.limits.timeout(), tx -> {
				var plan = tx.run("EXPLAIN " + query, parameters).consume();
				if (plan.queryType() != QueryType.READ_ONLY) {
					throw new Refused("only read-only queries are allowed here (this one is " + plan.queryType() + ")");
				}
				check(plan.plan());
				var result = tx.run(query, parameters);
				List<String> columns = result.keys();
				List<List<Object>> rows = new ArrayList<>();
				long bytes = 0;
				String truncatedBy = null;
				while (result.hasNext()) {
					if (rows.size() == this.limits.maxRows()) {
						truncatedBy = "maxRows " + this.limits.maxRows();
						break;
					}
					List<Object> row = row(result.next());
					bytes += this.json.writeValueAsBytes(row).length;
					if (bytes > this.limits.maxBytes()) {
						truncatedBy = "maxBytes " + this.limits.maxBytes();
						break;
					}
					rows.add(row);
				}
				return new Answer(columns, rows, truncatedBy != null, truncatedBy,
						(System.nanoTime() - started) / 1_000_000);
			});
		}
		catch (ServiceUnavailableException ex) {
			throw ex;
		}
		catch (Neo4jException ex) {
			// Syntax errors, refused writes, timeouts: the database's own message says what to change.
			throw new Refused(ex.getMessage());
		}
	}

	private static List<Object> row(Record record) {
		return record.values().stream().map(Values::plain).toList();
	}

	private static void check(Plan plan) {
		String operator = plan.operatorType().replaceFirst("@.*", "");
		if (operator.equals("LoadCSV")) {
			throw new Refused("LOAD CSV is not allowed here: the endpoint reads the graph only");
		}
		if (operator.contains("ProcedureCall")) {
			String details = String.valueOf(plan.arguments().get("Details"));
			String procedure = details.replaceFirst("^\"?([A-Za-z0-9_.]+).*$", "$1");
			if (!ALLOWED_PROCEDURES.contains(procedure)) {
				throw new Refused("procedure " + procedure + " is not allowed here; allowed: "
						+ ALLOWED_PROCEDURES.stream().sorted().toList());
			}
		}
		if (operator.startsWith("Show") || operator.startsWith("Terminate") || operator.contains("Command")) {
			throw new Refused("administration commands are not allowed here (" + operator + ")");
		}
		plan.children().forEach(AnalystCypher::check);
	}

}
