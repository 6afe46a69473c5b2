package dev.rolegraph.skill;

import java.util.List;

import dev.rolegraph.i18n.Lang;
import dev.rolegraph.i18n.Localized;
import graphql.execution.DataFetcherResult;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SkillController {

	private final SkillRepository skills;

	SkillController(SkillRepository skills) {
		this.skills = skills;
	}

	@QueryMapping
	DataFetcherResult<List<Skill>> skills(@Argument Lang lang) {
		return Localized.in(lang, this.skills.findAllByOrderByNameEn());
	}

}
