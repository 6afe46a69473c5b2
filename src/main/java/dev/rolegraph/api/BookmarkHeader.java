package dev.rolegraph.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.OperationDefinition;
import org.neo4j.driver.Bookmark;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import dev.rolegraph.database.RequestBookmarks;

/**
 * Read-your-writes across replicas: a mutation's answer carries the database's bookmarks in
 * {@code extensions.bookmarks}; a request that sends them back in the {@code Neo4j-Bookmark} header (comma-separated,
 * or the header repeated) is answered from a state at least as new, whichever replica and cluster member serves it.
 * The bookmarks are this instance's after the write: its own, or newer ones.
 */
@Component
class BookmarkHeader implements WebGraphQlInterceptor {

	/** The request header that carries bookmarks back. */
	static final String HEADER = "Neo4j-Bookmark";

	/** More bookmarks than a client can have been given; a longer header is refused before it reaches the database. */
	static final int MAX_BOOKMARKS = 16;

	/** Longer than any bookmark Neo4j issues. */
	static final int MAX_BOOKMARK_LENGTH = 1024;

	private final Neo4jBookmarkManager bookmarks;

	/** Controller slice tests have no database: their mutations' answers carry no bookmarks. */
	BookmarkHeader(ObjectProvider<Neo4jBookmarkManager> bookmarks) {
		this.bookmarks = bookmarks.getIfAvailable();
	}

	/** The bookmarks in the header's values, or the error every field of the request answers with. */
	private static Object sent(List<String> values) {
		Set<Bookmark> sent = new LinkedHashSet<>();
		for (String value : values) {
			if (value.isEmpty() || sent.size() >= MAX_BOOKMARKS || value.length() > MAX_BOOKMARK_LENGTH) {
				return new InvalidArgumentException(HEADER, "the " + HEADER + " header takes at most " + MAX_BOOKMARKS
						+ " bookmarks, comma-separated, of 1 to " + MAX_BOOKMARK_LENGTH
						+ " characters each, as a mutation's extensions.bookmarks gave them");
			}
			sent.add(Bookmark.from(value));
		}
		return Set.copyOf(sent);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		List<String> values = request.getHeaders().getValuesAsList(HEADER);
		if (!values.isEmpty()) {
			Object sent = sent(values);
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> context.put(RequestBookmarks.CONTEXT_KEY, sent))
				.build());
		}
		return chain.next(request).map(response -> {
			Object operation = response.getExecutionInput().getGraphQLContext().get(RequestBookmarks.OPERATION_KEY);
			if (operation != OperationDefinition.Operation.MUTATION || this.bookmarks == null) {
				return response;
			}
			List<String> after = new ArrayList<>();
			this.bookmarks.getBookmarks().forEach(bookmark -> after.add(bookmark.value()));
			return response.transform(builder -> {
				Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
				extensions.put("bookmarks", after);
				builder.extensions(extensions);
			});
		});
	}

}
