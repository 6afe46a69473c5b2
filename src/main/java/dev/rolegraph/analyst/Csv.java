package dev.rolegraph.analyst;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 lines: a cell is quoted when it holds a comma, quote or line break; lists are joined by {@code |}. Text
 * that a spreadsheet would run as a formula gets a leading apostrophe.
 */
final class Csv {

	private Csv() {
	}

	static String line(List<?> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	private static String cell(Object value) {
		String text = switch (value) {
			case null -> "";
			case List<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining("|"));
			case String string when !string.isEmpty() && "=+-@".indexOf(string.charAt(0)) >= 0 -> "'" + string;
			default -> String.valueOf(value);
		};
		boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
