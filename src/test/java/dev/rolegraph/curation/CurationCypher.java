package dev.rolegraph.curation;

/** The audit query, for the benchmark. */
public final class CurationCypher {

	public static final String CHANGES = CurationGraph.CHANGES;

	private CurationCypher() {
	}

}
