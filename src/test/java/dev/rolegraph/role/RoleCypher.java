package dev.rolegraph.role;

/** The role queries, for the benchmark to run them straight through the driver. */
public final class RoleCypher {

	/** A role with the lists named by the flag parameters, in one statement. */
	public static final String ROLE_PAGE = RoleGraph.ROLE_PAGE;

	public static final String ROLES_PAGE = RoleGraph.ROLES_PAGE;

	/** The field names of the lists, which are also the statement's flag parameters. */
	public static final java.util.List<String> LISTS = java.util.Arrays.stream(RoleList.values()).map(list -> list.field).toList();

	private RoleCypher() {
	}

}
