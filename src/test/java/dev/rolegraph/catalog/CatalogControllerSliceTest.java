package dev.rolegraph.catalog;

import java.util.List;
import java.util.Map;

import dev.rolegraph.api.NodePages;
import dev.rolegraph.api.Pages;
import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.role.RoleSlice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;

/** The catalogue pages' GraphQL side, with the page reader mocked: a connection with its total. */
@Tag("slice")
@GraphQlTest(CatalogController.class)
@Import(RoleSlice.class)
class CatalogControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	NodePages pages;

	@Test
	void aPageOfToolsIsAConnectionWithItsTotal() {
		var canva = new Tool("canva", "Canva", "Canva", null, null, List.of());
		var figma = new Tool("figma", "Figma", "Figma", null, null, List.of());
		given(this.pages.nodes(eq("Tool"), eq(Tool.class), eq(1), isNull(), any()))
			.willReturn(Pages.window(List.of(canva, figma), new Slice("", "", 1), 6L, Map.of()));
		this.graphQl.document("{ tools(first: 1) { totalCount edges { node { id name } } pageInfo { hasNextPage } } }")
			.execute()
			.path("tools.totalCount").entity(Long.class).isEqualTo(6L)
			.path("tools.edges[*].node.id").entityList(String.class).containsExactly("canva")
			.path("tools.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

}
