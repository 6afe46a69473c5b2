package dev.rolegraph.career;

/** The career queries, for the benchmark to run them straight through the driver. */
public final class CareerCypher {

	public static final String COMPARE_ROLES = CareerGraph.COMPARE_ROLES;

	public static final String SKILL_GAP = CareerGraph.SKILL_GAP;

	/** Every step bound ({@code $maxSteps}). */
	public static final String CAREER_PATHS = CareerGraph.CAREER_PATHS;

	public static final String MATCH_ROLES = CareerGraph.MATCH_ROLES;

	public static final String SIMILAR_ROLES = CareerGraph.SIMILAR_ROLES;

	public static final String REPORTING_CHAIN = CareerGraph.REPORTING_CHAIN;

	/** The weights of skills, tools and responsibilities in similarRoles. */
	public static final java.util.Map<String, Object> SIMILARITY_WEIGHTS = java.util.Map.of("skillWeight",
			CareerGraph.SKILL_WEIGHT, "toolWeight", CareerGraph.TOOL_WEIGHT, "dutyWeight", CareerGraph.RESPONSIBILITY_WEIGHT);

	private CareerCypher() {
	}

}
