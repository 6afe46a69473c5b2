package dev.rolegraph.evidence;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An article that facts in the graph cite. */
@Node("Source")
public record Source(@Id String id, String file, String title, String publisher, String author, LocalDate published,
		String language, String url, Integer lines, String sha256) {
}
