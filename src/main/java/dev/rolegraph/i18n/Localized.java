package dev.rolegraph.i18n;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;

/**
 * Carries the {@code lang} argument of a top-level query down to every nested field through graphql-java's
 * local context, so a whole answer comes in one language unless a field asks for another.
 */
public final class Localized {

	static final String KEY = "lang";

	private Localized() {
	}

	/** {@code data}, with {@code lang} (EN when null) as the default language of everything below it. */
	public static <T> DataFetcherResult<T> in(Lang lang, T data) {
		return DataFetcherResult.<T>newResult()
			.data(data)
			.localContext(GraphQLContext.of(Map.of(KEY, lang == null ? Lang.EN : lang)))
			.build();
	}

}
