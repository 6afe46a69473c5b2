package dev.rolegraph.evidence;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * What facts in the graph cite: an article of the seed corpus (a file and its lines), a taxonomy such as ESCO (a
 * version and its concepts' URIs) or a curator's web page.
 */
@Node("Source")
public record Source(@Id String id, String file, String title, String publisher, String author, LocalDate published,
		String language, String url, Integer lines, String sha256, String version, String license) {
}
