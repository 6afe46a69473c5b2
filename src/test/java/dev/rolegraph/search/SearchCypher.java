package dev.rolegraph.search;

/** The search query and its text-to-Lucene step, for the benchmark to run them through the driver. */
public final class SearchCypher {

	public static final String SEARCH = SearchGraph.SEARCH;

	private SearchCypher() {
	}

	public static String lucene(String text) {
		return SearchGraph.lucene(text);
	}

}
