package dev.rolegraph.api;

import java.util.Map;

import dev.rolegraph.api.Pages.Slice;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Pages of the nodes of one label (skills, tools, platforms, responsibilities), each in one statement. */
@Component
public class NodePages {

	/**
	 * A page of nodes with one label by English name, one more than asked so that the caller knows whether more
	 * follow, and their number in all when {@code $total} asks. The label comes from the code, never from input.
	 */
	static final String NODES_PAGE = """
			RETURN CASE WHEN $total THEN COUNT { MATCH (n:$($label)) } END AS total,
			  COLLECT { MATCH (n:$($label)) WITH n ORDER BY n.nameEn, n.id SKIP $skip LIMIT $limit RETURN n } AS page""";

	private final Neo4jClient client;

	private final GraphMapper mapper;

	private final Pages pages;

	NodePages(Neo4jClient client, GraphMapper mapper, Pages pages) {
		this.client = client;
		this.mapper = mapper;
		this.pages = pages;
	}

	/** A page of the nodes labelled {@code label}, by English name, in one statement. */
	@Transactional(readOnly = true)
	public <T> DataFetcherResult<Window<T>> nodes(String label, Class<T> type, Integer first, String after,
			DataFetchingFieldSelectionSet selection) {
		Slice slice = this.pages.slice(first, after);
		boolean total = Pages.totalSelected(selection);
		return this.client.query(NODES_PAGE)
			.bindAll(Map.of("label", label, "total", total, "skip", slice.skip(), "limit", slice.limit()))
			.fetchAs(DataFetcherResult.class)
			.mappedBy((types, row) -> Pages.window(this.mapper.nodes(row.get("page"), type), slice,
					total ? row.get("total").asLong() : null, Map.of()))
			.one()
			.map(result -> (DataFetcherResult<Window<T>>) result)
			.orElseThrow();
	}

}
