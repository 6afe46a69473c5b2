package dev.rolegraph.skill;

import dev.rolegraph.api.Pages;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
	Window<Skill> skills(@Argument Integer first, @Argument String after) {
		return this.skills.findBy(this.pages.position(after), Pages.limit(first), BY_NAME);
	}

	@SchemaMapping(typeName = "SkillConnection")
	long totalCount() {
		return this.skills.count();
	}

	@QueryMapping
	Skill skill(@Argument String id) {
		return this.skills.require("id", id);
	}

}
