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

	/** The page size from the raw {@code first} argument (the subrange drops values it cannot use). */
	public static Limit limit(Integer first) {
		return Limit.of(first == null ? DEFAULT_SIZE : Arguments.within("first", first, 1, MAX_SIZE));
	}

	public static ScrollPosition position(ScrollSubrange subrange) {
		return subrange.position().orElse(ScrollPosition.offset());
	}

}
