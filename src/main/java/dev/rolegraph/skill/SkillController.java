package dev.rolegraph.skill;

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
class SkillController {

	private static final Sort BY_NAME = Sort.by("nameEn", "id");

	private final SkillRepository skills;

	private final Pages pages;

	SkillController(SkillRepository skills, Pages pages) {
		this.skills = skills;
		this.pages = pages;
	}

	@QueryMapping
	DataFetcherResult<Window<Skill>> skills(@Argument Lang lang, @Argument Integer first, @Argument String after) {
		return Localized.in(lang, this.skills.findBy(this.pages.position(after), Pages.limit(first), BY_NAME));
	}

	@QueryMapping
	DataFetcherResult<Skill> skill(@Argument String id, @Argument Lang lang) {
		return Localized.in(lang, this.skills.require("id", id));
	}

}
