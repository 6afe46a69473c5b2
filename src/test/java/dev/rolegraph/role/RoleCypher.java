package dev.rolegraph.role;

/** The role queries, for the benchmark to run them straight through the driver. */
public final class RoleCypher {

	public static final String REQUIRED_SKILLS = RoleGraph.REQUIRED_SKILLS;

	public static final String TOOLS_USED = RoleGraph.TOOLS_USED;

	private RoleCypher() {
	}

}
