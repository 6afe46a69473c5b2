package dev.rolegraph.search;

import java.util.Arrays;
import java.util.List;

import dev.rolegraph.api.InvalidArgumentException;
import dev.rolegraph.role.RoleLists;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.stereotype.Service;

/** Checks a search request before it reaches the index (its bounds are the schema's, see {@code @bounds}). */
@Service
class SearchService {

	static final int MAX_WORDS = 10;

	private final SearchGraph graph;

	SearchService(SearchGraph graph) {
		this.graph = graph;
	}

	DataFetcherResult<List<SearchHit>> search(String text, List<SearchKind> kinds, Integer first,
			DataFetchingFieldSelectionSet selection) {
		if (SearchGraph.lucene(text).isEmpty()) {
			throw new InvalidArgumentException("text", "'text' needs at least one letter or digit");
		}
		List<SearchKind> wanted = kinds == null || kinds.isEmpty() ? Arrays.asList(SearchKind.values()) : kinds;
		return this.graph.search(text, wanted.stream().map(SearchKind::label).toList(),
				first, RoleLists.selected(selection, "node/"));
	}

}
