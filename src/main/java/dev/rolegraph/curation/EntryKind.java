package dev.rolegraph.curation;

/** The vocabulary nodes a curator can create, update and delete. */
enum EntryKind {

	SKILL("Skill"), TOOL("Tool"), PLATFORM("Platform"), RESPONSIBILITY("Responsibility"), ROLE("Role");

	final String label;

	EntryKind(String label) {
		this.label = label;
	}

}
