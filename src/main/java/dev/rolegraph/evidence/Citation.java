package dev.rolegraph.evidence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rolegraph.vocabulary.Ids;

/**
 * Where a fact comes from: lines {@code lineStart}..{@code lineEnd} (1-based, inclusive) of the source
 * {@code sourceId}; or one {@code concept} of a taxonomy the source is (its URI, for imported facts); or the whole
 * source when all are null (a web page a curator cites). {@code inferred} means the source implies the fact rather
 * than stating it.
 */
public record Citation(String sourceId, Integer lineStart, Integer lineEnd, String concept, boolean inferred) {

	private static final Pattern FORMAT = Pattern.compile("(" + Ids.PATTERN + ")(?::(\\d{1,7})(?:-(\\d{1,7}))?)?");

	/** A concept cited by its URI: {@code esco-1-2-0@http://data.europa.eu/esco/occupation/...}. */
	private static final Pattern CONCEPT = Pattern.compile("(" + Ids.PATTERN + ")@(\\S{1,2000})");

	/** A citation of lines, or of a whole source. */
	public Citation(String sourceId, Integer lineStart, Integer lineEnd, boolean inferred) {
		this(sourceId, lineStart, lineEnd, null, inferred);
	}

	/**
	 * Parses the stored form {@code source}, {@code source:line}, {@code source:first-last} or
	 * {@code source@conceptUri}.
	 */
	public static Citation parse(String reference, boolean inferred) {
		Matcher concept = CONCEPT.matcher(reference == null ? "" : reference);
		if (concept.matches()) {
			return new Citation(concept.group(1), null, null, concept.group(2), inferred);
		}
		Matcher matcher = FORMAT.matcher(reference == null ? "" : reference);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"citation '" + reference + "' is not of the form source:line or source:first-last");
		}
		if (matcher.group(2) == null) {
			return new Citation(matcher.group(1), null, null, inferred);
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
		if (this.concept != null) {
			return this.sourceId + "@" + this.concept;
		}
		return this.sourceId + (lines() == null ? "" : ":" + lines());
	}

	/** {@code 41} or {@code 41-42}; null for the whole source. */
	public String lines() {
		if (this.lineStart == null) {
			return null;
		}
		return this.lineStart.equals(this.lineEnd) ? String.valueOf(this.lineStart) : this.lineStart + "-" + this.lineEnd;
	}

}
