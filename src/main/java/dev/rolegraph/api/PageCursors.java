package dev.rolegraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Cursors of the API's pages: the English name and id of the row a page continues after, joined by a NUL (which
 * no name may contain) and Base64url-encoded. Short, free of Java type names, and decoded without any
 * polymorphic deserialization of client input. Primary, so that every connection uses it instead of Spring's
 * default strategy (JSON with Java type names).
 */
@Component
@Primary
class PageCursors implements CursorStrategy<ScrollPosition> {

	static final String NAME = "nameEn";

	static final String ID = "id";

	private static final char SEPARATOR = '\u0000';

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (position instanceof KeysetScrollPosition keyset && keyset.getKeys().get(NAME) instanceof String name
				&& keyset.getKeys().get(ID) instanceof String id) {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((name + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
		}
		throw new IllegalArgumentException("Pages continue after a row's English name and id, not " + position);
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		int separator = text.indexOf(SEPARATOR);
		if (separator < 0) {
			throw new IllegalArgumentException("Not a cursor of this API");
		}
		return ScrollPosition.forward(Map.of(NAME, text.substring(0, separator), ID, text.substring(separator + 1)));
	}

}
