package dev.rolegraph.vocabulary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for text stored in the graph (names, descriptions, aliases, notes), for seed files and curators
 * alike: no mis-decoded or control characters, no invisible or direction-changing characters that would make two
 * labels look alike, no broken Unicode.
 */
public final class TextRule {

	private static final Pattern INVISIBLE = Pattern
		.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");

	private TextRule() {
	}

	/** What is wrong with {@code text}, in words that can follow its field's name; empty when nothing is. */
	public static Optional<String> problem(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Optional<String> broken = BrokenText.find(text);
		if (broken.isPresent()) {
			return Optional.of("contains mis-decoded or control characters: \"" + broken.get() + "\"");
		}
		if (INVISIBLE.matcher(text).find()) {
			return Optional.of("contains invisible or text-direction characters");
		}
		if (hasLoneSurrogate(text)) {
			return Optional.of("contains an invalid Unicode character");
		}
		return Optional.empty();
	}

	private static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
