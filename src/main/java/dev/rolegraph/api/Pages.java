package dev.rolegraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.i18n.Named;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Forward pagination (first/after) with a bounded page size, continuing after a row's English name and id
 * ({@link PageCursors}); the page and, when the client selects {@code totalCount}, the total are read together and
 * travel down in the local context. Cursors are decoded here rather than by Spring's argument resolver, so that a
 * cursor this API did not give out is a BAD_REQUEST naming {@code after}.
 */
@Component
public class Pages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private static final String TOTAL = Pages.class.getName() + ".total";

	private static final String NAME = PageCursors.NAME;

	private static final String ID = PageCursors.ID;

	private final CursorStrategy<ScrollPosition> cursors;

	Pages(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/**
	 * Which rows a page holds: {@code size} of them after the row named {@code afterName} with id {@code afterId}
	 * in (English name, id) order; both empty for the first page. Pages continue from a row, not from a count of
	 * rows, so the name index finds where a page starts however deep it is, and a row added or removed between two
	 * pages neither repeats nor skips another.
	 */
	public record Slice(String afterName, String afterId, int size) {

		/** The rows to read: one more than the page holds, to tell whether another page follows. */
		public int limit() {
			return this.size + 1;
		}

	}

	/** The slice that the raw {@code first} and {@code after} arguments ask for. */
	public Slice slice(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : first;
		if (after == null) {
			return new Slice("", "", size);
		}
		try {
			if (this.cursors.fromCursor(after) instanceof KeysetScrollPosition keyset
					&& keyset.getKeys().get(NAME) instanceof String name && keyset.getKeys().get(ID) instanceof String id) {
				return new Slice(name, id, size);
			}
		}
		catch (RuntimeException ex) {
			// Reported below: not a cursor of ours.
		}
		throw new InvalidArgumentException("after", "'after' must be a cursor this list gave out (its pageInfo.endCursor)");
	}

	/** Whether the client selected the connection's {@code totalCount}. */
	public static boolean totalSelected(DataFetchingFieldSelectionSet selection) {
		return selection.contains("totalCount");
	}

	/**
	 * The page of {@code rows} (read with {@link Slice#limit()}) as a window whose cursors continue after each row,
	 * carrying the total (null when not selected) and {@code context} down to the fields below the connection.
	 */
	public static <T extends Named> DataFetcherResult<Window<T>> window(List<T> rows, Slice slice, Long total,
			Map<String, Object> context) {
		boolean hasNext = rows.size() > slice.size();
		List<T> page = hasNext ? rows.subList(0, slice.size()) : rows;
		Map<String, Object> local = new HashMap<>(context);
		if (total != null) {
			local.put(TOTAL, total);
		}
		return DataFetcherResult.<Window<T>>newResult()
			.data(Window.from(page, index -> ScrollPosition.forward(Map.of(NAME, page.get(index).nameEn(), ID,
					page.get(index).id())), hasNext))
			.localContext(GraphQLContext.of(local))
			.build();
	}

	/** The {@code totalCount} of the connection above, read together with its page. */
	public static long total(DataFetchingEnvironment env) {
		return ((GraphQLContext) env.getLocalContext()).get(TOTAL);
	}

}
