package dev.rolegraph.search;

import dev.rolegraph.vocabulary.Label;

/** What a search hit is. */
enum SearchKind {

	ROLE(Label.ROLE), SKILL(Label.SKILL), TOOL(Label.TOOL), PLATFORM(Label.PLATFORM),
	RESPONSIBILITY(Label.RESPONSIBILITY);

	private final Label label;

	SearchKind(Label label) {
		this.label = label;
	}

	String label() {
		return this.label.text;
	}

}
