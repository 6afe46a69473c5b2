package dev.rolegraph.career;

/** The career queries, for the benchmark to run them straight through the driver. */
public final class CareerCypher {

	public static final String COMPARE_ROLES = CareerGraph.COMPARE_ROLES;

	public static final String SKILL_GAP = CareerGraph.SKILL_GAP;

	public static final String CAREER_PATHS = CareerGraph.CAREER_PATHS;

	public static final String MATCH_ROLES = CareerGraph.MATCH_ROLES;

	private CareerCypher() {
	}

}
