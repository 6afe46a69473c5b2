package dev.rolegraph.catalog;

import dev.rolegraph.api.NodePages;
import dev.rolegraph.api.Pages;
import dev.rolegraph.vocabulary.Label;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CatalogController {

	private final NodePages pages;

	CatalogController(NodePages pages) {
		this.pages = pages;
	}

	@QueryMapping
	DataFetcherResult<Window<Tool>> tools(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.pages.nodes(Label.TOOL.text, Tool.class, first, after, selection);
	}

	@QueryMapping
	DataFetcherResult<Window<Platform>> platforms(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.pages.nodes(Label.PLATFORM.text, Platform.class, first, after, selection);
	}

	@QueryMapping
	DataFetcherResult<Window<Responsibility>> responsibilities(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.pages.nodes(Label.RESPONSIBILITY.text, Responsibility.class, first, after, selection);
	}

	@SchemaMapping(typeName = "ToolConnection", field = "totalCount")
	long toolCount(DataFetchingEnvironment env) {
		return Pages.total(env);
	}

	@SchemaMapping(typeName = "PlatformConnection", field = "totalCount")
	long platformCount(DataFetchingEnvironment env) {
		return Pages.total(env);
	}

	@SchemaMapping(typeName = "ResponsibilityConnection", field = "totalCount")
	long responsibilityCount(DataFetchingEnvironment env) {
		return Pages.total(env);
	}

}
