package dev.rolegraph.search;

import java.util.List;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@QueryMapping
	DataFetcherResult<List<SearchHit>> search(@Argument String text, @Argument List<SearchKind> kinds,
			@Argument Integer first, DataFetchingFieldSelectionSet selection) {
		return this.search.search(text, kinds, first, selection);
	}

}
