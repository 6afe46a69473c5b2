package dev.rolegraph.catalog;

import dev.rolegraph.api.Pages;
import dev.rolegraph.i18n.Lang;
import dev.rolegraph.i18n.Localized;
import graphql.execution.DataFetcherResult;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
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
	DataFetcherResult<Window<Tool>> tools(@Argument Lang lang, @Argument Integer first, @Argument String after) {
		return Localized.in(lang, this.tools.findBy(this.pages.position(after), Pages.limit(first), BY_NAME));
	}

	@QueryMapping
	DataFetcherResult<Window<Platform>> platforms(@Argument Lang lang, @Argument Integer first, @Argument String after) {
		return Localized.in(lang, this.platforms.findBy(this.pages.position(after), Pages.limit(first), BY_NAME));
	}

	@QueryMapping
	DataFetcherResult<Window<Responsibility>> responsibilities(@Argument Lang lang, @Argument Integer first,
			@Argument String after) {
		return Localized.in(lang, this.responsibilities.findBy(this.pages.position(after), Pages.limit(first), BY_NAME));
	}

}
