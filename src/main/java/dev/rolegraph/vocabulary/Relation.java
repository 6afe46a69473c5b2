package dev.rolegraph.vocabulary;

/**
 * The relationships from a role, with the label they end at; the schema's {@code LinkType}. Stored from the role
 * outwards; the {@linkplain #symmetric() symmetric} ones are read in both directions.
 */
public enum Relation {

	REQUIRES(Label.SKILL), HAS_RESPONSIBILITY(Label.RESPONSIBILITY), USES(Label.TOOL), WORKS_ON(Label.PLATFORM),
	REPORTS_TO(Label.ROLE), COLLABORATES_WITH(Label.ROLE), PROGRESSES_TO(Label.ROLE),
	/** An article role and a taxonomy's occupation that are the same job; proposed by imports, stated by curators. */
	SAME_AS(Label.ROLE);

	/** Every relationship starts at a role. */
	public final Label from = Label.ROLE;

	/** The label it ends at. */
	public final Label to;

	Relation(Label to) {
		this.to = to;
	}

	/** Whether it has no direction: stated one way, read both ways, never stated twice. */
	public boolean symmetric() {
		return this == COLLABORATES_WITH || this == SAME_AS;
	}

	/** Whether it links two roles. */
	public boolean betweenRoles() {
		return this.to == Label.ROLE;
	}

}
