package dev.rolegraph.api;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/** Forward pagination (first/after) with a bounded page size. */
public final class Pages {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 100;

	private Pages() {
	}

	public static Limit limit(ScrollSubrange subrange) {
		int size = subrange.count().orElse(DEFAULT_SIZE);
		return Limit.of(Arguments.within("first", size, 1, MAX_SIZE));
	}

	public static ScrollPosition position(ScrollSubrange subrange) {
		return subrange.position().orElse(ScrollPosition.offset());
	}

}
