package dev.rolegraph.search;

import java.util.List;

import dev.rolegraph.i18n.Lang;
import dev.rolegraph.i18n.Localized;
import graphql.execution.DataFetcherResult;

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
			@Argument Lang lang, @Argument Integer first) {
		return Localized.in(lang, this.search.search(text, kinds, first));
	}

}
