package dev.rolegraph.vocabulary;

import java.util.Arrays;
import java.util.List;

/** The node labels of the graph, and what each one has: a unique {@code id}, and English and Indonesian names. */
public enum Label {

	ROLE("Role", true), SKILL("Skill", true), RESPONSIBILITY("Responsibility", true), TOOL("Tool", true),
	PLATFORM("Platform", true), SOURCE("Source", false), SEED_STATE("SeedState", false),
	/** A group of occupations of a taxonomy (ESCO's ISCO groups), above the roles it imports. */
	OCCUPATION_GROUP("OccupationGroup", false);

	/** The label as stored. */
	public final String text;

	/**
	 * Whether the nodes are named things of the careers vocabulary: names in both languages, searched, paged by
	 * English name, created by seeds and curators.
	 */
	public final boolean named;

	Label(String text, boolean named) {
		this.text = text;
		this.named = named;
	}

	/** Every label, as stored; each node of these carries a unique {@code id}. */
	public static List<String> all() {
		return Arrays.stream(values()).map(label -> label.text).toList();
	}

	/** The labels of named things, as stored. */
	public static List<String> named() {
		return Arrays.stream(values()).filter(label -> label.named).map(label -> label.text).toList();
	}

	/** The label in lower case, for messages ("no skill with this id"). */
	public String lowerCase() {
		return this.text.toLowerCase(java.util.Locale.ROOT);
	}

}
