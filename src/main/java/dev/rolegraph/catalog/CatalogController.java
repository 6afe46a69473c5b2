package dev.rolegraph.catalog;

import java.util.List;

import dev.rolegraph.i18n.Lang;
import dev.rolegraph.i18n.Localized;
import graphql.execution.DataFetcherResult;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CatalogController {

	private final ToolRepository tools;

	private final PlatformRepository platforms;

	private final ResponsibilityRepository responsibilities;

	CatalogController(ToolRepository tools, PlatformRepository platforms, ResponsibilityRepository responsibilities) {
		this.tools = tools;
		this.platforms = platforms;
		this.responsibilities = responsibilities;
	}

	@QueryMapping
	DataFetcherResult<List<Tool>> tools(@Argument Lang lang) {
		return Localized.in(lang, this.tools.findAllByOrderByNameEn());
	}

	@QueryMapping
	DataFetcherResult<List<Platform>> platforms(@Argument Lang lang) {
		return Localized.in(lang, this.platforms.findAllByOrderByNameEn());
	}

	@QueryMapping
	DataFetcherResult<List<Responsibility>> responsibilities(@Argument Lang lang) {
		return Localized.in(lang, this.responsibilities.findAllByOrderByNameEn());
	}

}
