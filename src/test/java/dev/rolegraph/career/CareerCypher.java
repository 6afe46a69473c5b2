package dev.rolegraph.career;

import java.util.List;

/** The career queries, for the benchmark to run them straight through the driver. */
public final class CareerCypher {

	public static final String COMPARE_ROLES = CareerGraph.COMPARE_ROLES;

	public static final String SKILL_GAP = CareerGraph.SKILL_GAP;

	/** Index {@code maxSteps - 1}. */
	public static final List<String> CAREER_PATHS = CareerGraph.CAREER_PATHS;

	public static final String MATCH_ROLES = CareerGraph.MATCH_ROLES;

	private CareerCypher() {
	}

}
