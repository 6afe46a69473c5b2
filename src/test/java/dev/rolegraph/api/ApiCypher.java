package dev.rolegraph.api;

/** The page query of skills, tools, platforms and responsibilities, for the benchmark. */
public final class ApiCypher {

	/** By label. */
	public static final java.util.Map<String, String> NODES_PAGE = NodePages.NODES_PAGE;

	private ApiCypher() {
	}

}
