package dev.rolegraph.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a fact comes from: lines {@code lineStart}..{@code lineEnd} (1-based, inclusive) of the source article
 * {@code sourceId}. {@code inferred} means the article implies the fact rather than stating it.
 */
public record Citation(String sourceId, int lineStart, int lineEnd, boolean inferred) {

	private static final Pattern FORMAT = Pattern.compile("([a-z0-9][a-z0-9-]*):(\\d+)(?:-(\\d+))?");

	/** Parses the stored form {@code source:line} or {@code source:first-last}. */
	public static Citation parse(String reference, boolean inferred) {
		Matcher matcher = FORMAT.matcher(reference == null ? "" : reference);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"citation '" + reference + "' is not of the form source:line or source:first-last");
		}
		int start = Integer.parseInt(matcher.group(2));
		int end = matcher.group(3) != null ? Integer.parseInt(matcher.group(3)) : start;
		if (start < 1 || end < start) {
			throw new IllegalArgumentException("citation '" + reference + "' has no valid line range");
		}
		return new Citation(matcher.group(1), start, end, inferred);
	}

	/** Parses the stored list of a relationship or attribute. */
	public static List<Citation> parseAll(List<String> references, boolean inferred) {
		return references == null ? List.of() : references.stream().map(ref -> parse(ref, inferred)).toList();
	}

	/** The stored form. */
	public String reference() {
		return this.sourceId + ":" + (this.lineStart == this.lineEnd ? this.lineStart : this.lineStart + "-" + this.lineEnd);
	}

}
