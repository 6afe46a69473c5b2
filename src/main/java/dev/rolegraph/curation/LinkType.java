package dev.rolegraph.curation;

/** The relationships a curator can add from a role, with the label of their target. */
enum LinkType {

	REQUIRES("Skill"), HAS_RESPONSIBILITY("Responsibility"), USES("Tool"), WORKS_ON("Platform"), REPORTS_TO("Role"),
	COLLABORATES_WITH("Role"), PROGRESSES_TO("Role");

	final String target;

	LinkType(String target) {
		this.target = target;
	}

	boolean betweenRoles() {
		return "Role".equals(this.target);
	}

}
