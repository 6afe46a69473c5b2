package dev.rolegraph.catalog;

import dev.rolegraph.api.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class CatalogController {

	private static final Sort BY_NAME = Sort.by("nameEn", "id");

	private final ToolRepository tools;

	private final PlatformRepository platforms;

	private final ResponsibilityRepository responsibilities;

	private final Pages pages;

	CatalogController(ToolRepository tools, PlatformRepository platforms, ResponsibilityRepository responsibilities,
			Pages pages) {
		this.pages = pages;
		this.tools = tools;
		this.platforms = platforms;
		this.responsibilities = responsibilities;
	}

	@QueryMapping
	Window<Tool> tools(@Argument Integer first, @Argument String after) {
		return this.tools.findBy(this.pages.position(after), Pages.limit(first), BY_NAME);
	}

	@QueryMapping
	Window<Platform> platforms(@Argument Integer first, @Argument String after) {
		return this.platforms.findBy(this.pages.position(after), Pages.limit(first), BY_NAME);
	}

	@QueryMapping
	Window<Responsibility> responsibilities(@Argument Integer first,
			@Argument String after) {
		return this.responsibilities.findBy(this.pages.position(after), Pages.limit(first), BY_NAME);
	}

	@SchemaMapping(typeName = "ToolConnection", field = "totalCount")
	long toolCount() {
		return this.tools.count();
	}

	@SchemaMapping(typeName = "PlatformConnection", field = "totalCount")
	long platformCount() {
		return this.platforms.count();
	}

	@SchemaMapping(typeName = "ResponsibilityConnection", field = "totalCount")
	long responsibilityCount() {
		return this.responsibilities.count();
	}

}
