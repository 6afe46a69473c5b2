package dev.rolegraph.api;

/**
 * What a client sent, as an error message quotes it: at most {@link #MAX} characters, then how long it was, so an
 * answer never echoes a huge argument back.
 */
public final class Quote {

	public static final int MAX = 80;

	private Quote() {
	}

	/** {@code value} as text, cut after {@link #MAX} characters with its full length named. */
	public static String of(Object value) {
		String text = String.valueOf(value);
		if (text.length() <= MAX) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(MAX - 1)) ? MAX - 1 : MAX) + "… ("
				+ text.length() + " characters)";
	}

}
