package dev.rolegraph.analyst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.analyst.AnalystCypher.Answer;
import dev.rolegraph.analyst.AnalystCypher.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The analysts' way into the graph without write access (signed-in readers and curators): read-only Cypher as
 * JSON or CSV, a bulk export, and a data dictionary of the live graph.
 */
@RestController
@RequestMapping("/analyst")
@EnableConfigurationProperties(AnalystProperties.class)
class AnalystController {

	private static final Logger log = LoggerFactory.getLogger(AnalystController.class);

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl;charset=UTF-8");

	/** An analyst's query: Cypher text and its parameters. */
	record CypherRequest(String query, Map<String, Object> parameters) {
	}

	private final AnalystCypher cypher;

	private final GraphExport export;

	AnalystController(AnalystCypher cypher, GraphExport export) {
		this.cypher = cypher;
		this.export = export;
	}

	@PostMapping(path = "/cypher", produces = MediaType.APPLICATION_JSON_VALUE)
	Answer cypherAsJson(@RequestBody CypherRequest request, Authentication user) {
		return run(request, user);
	}

	@PostMapping(path = "/cypher", produces = "text/csv")
	ResponseEntity<String> cypherAsCsv(@RequestBody CypherRequest request, Authentication user) {
		Answer answer = run(request, user);
		StringBuilder csv = new StringBuilder(Csv.line(answer.columns()));
		answer.rows().forEach(row -> csv.append(Csv.line(row)));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("X-Truncated", String.valueOf(answer.truncated()))
			.body(csv.toString());
	}

	@GetMapping("/export.jsonl")
	ResponseEntity<StreamingResponseBody> exportJsonLines() {
		return ResponseEntity.ok()
			.contentType(JSON_LINES)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rolegraph.jsonl\"")
			.body(this.export::jsonLines);
	}

	@GetMapping("/export/{name}.csv")
	ResponseEntity<?> exportCsv(@PathVariable String name) {
		var out = new java.io.ByteArrayOutputStream();
		if (!this.export.csv(name, out)) {
			return problem(404, "NOT_FOUND", "no exported label or relationship type '" + name
					+ "'; GET /analyst/dictionary lists them");
		}
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(out.toByteArray());
	}

	@GetMapping(path = "/dictionary", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> dictionary() {
		return this.export.dictionary();
	}

	@ExceptionHandler(Refused.class)
	ResponseEntity<Map<String, Object>> refused(Refused ex) {
		return problem(400, "BAD_REQUEST", ex.getMessage());
	}

	private Answer run(CypherRequest request, Authentication user) {
		Map<String, Object> parameters = request.parameters() == null ? Map.of() : request.parameters();
		Answer answer = this.cypher.run(request.query(), parameters);
		log.info("Analyst query by {}: {} rows in {} ms{}", user.getName(), answer.rows().size(), answer.elapsedMillis(),
				answer.truncated() ? ", truncated by " + answer.truncatedBy() : "");
		return answer;
	}

	private static ResponseEntity<Map<String, Object>> problem(int status, String classification, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", classification));
		List<Object> errors = new ArrayList<>(List.of(error));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", errors));
	}

}
