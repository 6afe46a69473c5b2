package dev.rolegraph.vocabulary;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text damaged by a wrong character decoding, such as the en dash of article 001 that reads "โ€“" after
 * UTF-8 bytes went through a Thai code page, or the "â€™" of a Windows-1252 round trip.
 */
public final class BrokenText {

	private static final Pattern BROKEN = Pattern.compile(
			// UTF-8 read as Windows-1252 / Latin-1, UTF-8 read as TIS-620, replacement char, BOM, C0/C1 controls.
			"â€|Ã[\\u0080-\\u00BF\\u0152\\u0160\\u017D\\u0178\\u2018-\\u203A]|Â[\\u0080-\\u00BF]|[\\u0E00-\\u0E7F]€|\\uFFFD|\\uFEFF|[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]");

	private BrokenText() {
	}

	/** The first damaged fragment of {@code text}, if any. */
	public static Optional<String> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = BROKEN.matcher(text);
		if (!matcher.find()) {
			return Optional.empty();
		}
		int from = Math.max(0, matcher.start() - 10);
		int to = Math.min(text.length(), matcher.end() + 10);
		return Optional.of(text.substring(from, to));
	}

}
