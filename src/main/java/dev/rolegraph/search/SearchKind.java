package dev.rolegraph.search;

/** What a search hit is. */
enum SearchKind {

	ROLE, SKILL, TOOL, PLATFORM, RESPONSIBILITY;

	String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
