package dev.rolegraph.api;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Forward pagination (first/after) with a bounded page size. Cursors are decoded here rather than by Spring's
 * argument resolver, so that a cursor this API did not give out is a BAD_REQUEST naming {@code after}.
 */
@Component
public class Pages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private final CursorStrategy<ScrollPosition> cursors;

	Pages(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	/** The page size from the raw {@code first} argument: absent means the default. */
	public static Limit limit(Integer first) {
		return Limit.of(first == null ? DEFAULT_SIZE : Arguments.within("first", first, 1, MAX_SIZE));
	}

	/** Where the page starts: the beginning, or just after the cursor {@code after}. */
	public ScrollPosition position(String after) {
		if (after == null) {
			return ScrollPosition.offset();
		}
		try {
			return this.cursors.fromCursor(after);
		}
		catch (RuntimeException ex) {
			throw new InvalidArgumentException("after",
					"'after' must be a cursor this list gave out (its pageInfo.endCursor)");
		}
	}

}
