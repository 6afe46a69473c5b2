package dev.rolegraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Forward pagination (first/after) with a bounded page size; the page and, when the client selects
 * {@code totalCount}, the total are read together and travel down in the local context. Cursors are decoded here rather than by Spring's argument
 * resolver, so that a cursor this API did not give out is a BAD_REQUEST naming {@code after}.
 */
@Component
public class Pages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private static final String TOTAL = Pages.class.getName() + ".total";

	private final CursorStrategy<ScrollPosition> cursors;

	Pages(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/** Which rows a page holds: {@code size} of them after the first {@code skip}. */
	public record Slice(long skip, int size) {

		/** The rows to read: one more than the page holds, to tell whether another page follows. */
		public int limit() {
			return this.size + 1;
		}

	}

	/** The slice that the raw {@code first} and {@code after} arguments ask for. */
	public Slice slice(Integer first, String after) {
		int size = first == null ? DEFAULT_SIZE : Arguments.within("first", first, 1, MAX_SIZE);
		return new Slice(start(after), size);
	}

	/** Whether the client selected the connection's {@code totalCount}. */
	public static boolean totalSelected(DataFetchingFieldSelectionSet selection) {
		return selection.contains("totalCount");
	}

	/**
	 * The page of {@code rows} (read with {@link Slice#limit()}) as a window whose cursors continue after each row,
	 * carrying the total (null when not selected) and {@code context} down to the fields below the connection.
	 */
	public static <T> DataFetcherResult<Window<T>> window(List<T> rows, Slice slice, Long total,
			Map<String, Object> context) {
		boolean hasNext = rows.size() > slice.size();
		List<T> page = hasNext ? rows.subList(0, slice.size()) : rows;
		Map<String, Object> local = new HashMap<>(context);
		if (total != null) {
			local.put(TOTAL, total);
		}
		return DataFetcherResult.<Window<T>>newResult()
			.data(Window.from(page, index -> ScrollPosition.offset(slice.skip() + index), hasNext))
			.localContext(GraphQLContext.of(local))
			.build();
	}

	/** The {@code totalCount} of the connection above, read together with its page. */
	public static long total(DataFetchingEnvironment env) {
		return ((GraphQLContext) env.getLocalContext()).get(TOTAL);
	}

	/** Where the page starts: the beginning, or the row after the cursor {@code after}. */
	private long start(String after) {
		if (after == null) {
			return 0;
		}
		try {
			if (this.cursors.fromCursor(after) instanceof OffsetScrollPosition offset) {
				return offset.isInitial() ? 0 : offset.getOffset() + 1;
			}
		}
		catch (RuntimeException ex) {
			// Reported below: not a cursor of ours.
		}
		throw new InvalidArgumentException("after", "'after' must be a cursor this list gave out (its pageInfo.endCursor)");
	}

}
