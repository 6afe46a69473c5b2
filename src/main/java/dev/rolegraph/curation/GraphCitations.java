package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;

import dev.rolegraph.evidence.Citation;

/** The citations stored on a written relationship, from its properties. */
final class GraphCitations {

	private GraphCitations() {
	}

	static List<Citation> of(Map<String, Object> relationship) {
		if (!(relationship.get("cites") instanceof List<?> cites)) {
			return List.of();
		}
		boolean inferred = Boolean.TRUE.equals(relationship.get("inferred"));
		return Citation.parseAll(cites.stream().map(String::valueOf).toList(), inferred);
	}

}
