package dev.rolegraph.vocabulary;

import java.util.regex.Pattern;

/** The one rule for the ids of roles, skills, tools, platforms, responsibilities and sources, wherever they arrive. */
public final class Ids {

	/** An id as a regular expression, for patterns that contain one (such as a citation). */
	public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,79}";

	/** The rule in words, for error messages. */
	public static final String RULE = "1 to 80 lower-case letters, digits or dashes, starting with a letter or digit";

	private static final Pattern ID = Pattern.compile(PATTERN);

	private Ids() {
	}

	/** Whether {@code value} is a valid id. */
	public static boolean valid(String value) {
		return value != null && ID.matcher(value).matches();
	}

}
