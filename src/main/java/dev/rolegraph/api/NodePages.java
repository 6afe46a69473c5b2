package dev.rolegraph.api;

import java.util.Map;
import java.util.stream.Collectors;

import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.database.GraphReads;
import dev.rolegraph.database.GraphSchema;
import dev.rolegraph.i18n.Named;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.Window;
import org.springframework.stereotype.Component;

/** Pages of the nodes of one label (skills, tools, platforms, responsibilities), each in one statement. */
@Component
public class NodePages {

	/**
	 * A page of nodes with one label by English name then id, after the row {@code ($afterName, $afterId)}, one
	 * more than asked so that the caller knows whether more follow, and their number in all when {@code $total}
	 * asks. The name index finds where the page starts and gives the order, so a page reads only its own rows; the
	 * label is written into the text from {@link GraphSchema#NAMED}, never from input.
	 */
	private static final String NODES_PAGE_OF = """
			RETURN CASE WHEN $total THEN COUNT { MATCH (n:%1$s) } END AS total,
			  COLLECT { MATCH (n:%1$s) WHERE n.nameEn >= $afterName AND (n.nameEn > $afterName OR n.id > $afterId)
			    WITH n ORDER BY n.nameEn, n.id LIMIT $limit RETURN n } AS page""";

	/** {@link #NODES_PAGE_OF} for each label. */
	static final Map<String, String> NODES_PAGE = GraphSchema.NAMED.stream()
		.collect(Collectors.toUnmodifiableMap(label -> label, NODES_PAGE_OF::formatted));

	private final GraphReads reads;

	private final GraphMapper mapper;

	private final Pages pages;

	NodePages(GraphReads reads, GraphMapper mapper, Pages pages) {
		this.reads = reads;
		this.mapper = mapper;
		this.pages = pages;
	}

	/** A page of the nodes labelled {@code label}, by English name, in one statement. */
	public <T extends Named> DataFetcherResult<Window<T>> nodes(String label, Class<T> type, Integer first, String after,
			DataFetchingFieldSelectionSet selection) {
		Slice slice = this.pages.slice(first, after);
		boolean total = Pages.totalSelected(selection);
		Map<String, Object> parameters = Map.of("total", total, "afterName", slice.afterName(), "afterId",
				slice.afterId(), "limit", slice.limit());
		return this.reads
			.one(NODES_PAGE.get(label), parameters, row -> Pages.window(this.mapper.nodes(row.get("page"), type), slice,
					total ? row.get("total").asLong() : null, Map.of()))
			.map(result -> (DataFetcherResult<Window<T>>) result)
			.orElseThrow();
	}

}
