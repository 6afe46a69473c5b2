package dev.rolegraph.skill;

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
class SkillController {

	private final SkillRepository skills;

	private final NodePages pages;

	SkillController(SkillRepository skills, NodePages pages) {
		this.skills = skills;
		this.pages = pages;
	}

	@QueryMapping
	DataFetcherResult<Window<Skill>> skills(@Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		return this.pages.nodes(Label.SKILL.text, Skill.class, first, after, selection);
	}

	@SchemaMapping(typeName = "SkillConnection")
	long totalCount(DataFetchingEnvironment env) {
		return Pages.total(env);
	}

	@QueryMapping
	Skill skill(@Argument String id) {
		return this.skills.require("id", id);
	}

}
