package dev.rolegraph.insight;

/** The analysts' queries, for the benchmark to run them straight through the driver. */
public final class InsightCypher {

	public static final String SKILL_DEMAND = InsightGraph.SKILL_DEMAND;

	public static final String BRIDGING_SKILLS = InsightGraph.BRIDGING_SKILLS;

	/** Index {@code depth - 1}. */
	public static final java.util.List<String> ROLE_NEIGHBORHOOD = InsightGraph.ROLE_NEIGHBORHOOD;

	private InsightCypher() {
	}

}
