package dev.rolegraph.curation;

import java.time.OffsetDateTime;
import java.util.List;

import dev.rolegraph.api.Arguments;
import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.curation.Inputs.CreateEntryInput;
import dev.rolegraph.curation.Inputs.CreateRoleInput;
import dev.rolegraph.curation.Inputs.DeleteInput;
import dev.rolegraph.curation.Inputs.LinkInput;
import dev.rolegraph.curation.Inputs.UnlinkInput;
import dev.rolegraph.curation.Inputs.UpdateEntryInput;
import dev.rolegraph.curation.Inputs.UpdateRoleInput;
import dev.rolegraph.curation.Payloads.DeletePayload;
import dev.rolegraph.curation.Payloads.LinkPayload;
import dev.rolegraph.curation.Payloads.PlatformPayload;
import dev.rolegraph.curation.Payloads.ResponsibilityPayload;
import dev.rolegraph.curation.Payloads.RolePayload;
import dev.rolegraph.curation.Payloads.SkillPayload;
import dev.rolegraph.curation.Payloads.ToolPayload;
import dev.rolegraph.skill.Skill;
import dev.rolegraph.vocabulary.Label;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class CurationController {

	private final CurationService curation;

	CurationController(CurationService curation) {
		this.curation = curation;
	}

	@MutationMapping
	RolePayload createRole(@Argument CreateRoleInput input) {
		return this.curation.createRole(input, RolePayload::new);
	}

	@MutationMapping
	RolePayload updateRole(@Argument UpdateRoleInput input) {
		return this.curation.updateRole(input, RolePayload::new);
	}

	@MutationMapping
	DeletePayload deleteRole(@Argument DeleteInput input) {
		return this.curation.delete(Label.ROLE, input);
	}

	@MutationMapping
	SkillPayload createSkill(@Argument CreateEntryInput input) {
		return this.curation.createEntry(Label.SKILL, input, (skill, errors) -> new SkillPayload((Skill) skill, errors));
	}

	@MutationMapping
	SkillPayload updateSkill(@Argument UpdateEntryInput input) {
		return this.curation.updateEntry(Label.SKILL, input, (skill, errors) -> new SkillPayload((Skill) skill, errors));
	}

	@MutationMapping
	DeletePayload deleteSkill(@Argument DeleteInput input) {
		return this.curation.delete(Label.SKILL, input);
	}

	@MutationMapping
	ToolPayload createTool(@Argument CreateEntryInput input) {
		return this.curation.createEntry(Label.TOOL, input, (tool, errors) -> new ToolPayload((Tool) tool, errors));
	}

	@MutationMapping
	ToolPayload updateTool(@Argument UpdateEntryInput input) {
		return this.curation.updateEntry(Label.TOOL, input, (tool, errors) -> new ToolPayload((Tool) tool, errors));
	}

	@MutationMapping
	DeletePayload deleteTool(@Argument DeleteInput input) {
		return this.curation.delete(Label.TOOL, input);
	}

	@MutationMapping
	PlatformPayload createPlatform(@Argument CreateEntryInput input) {
		return this.curation.createEntry(Label.PLATFORM, input,
				(platform, errors) -> new PlatformPayload((Platform) platform, errors));
	}

	@MutationMapping
	PlatformPayload updatePlatform(@Argument UpdateEntryInput input) {
		return this.curation.updateEntry(Label.PLATFORM, input,
				(platform, errors) -> new PlatformPayload((Platform) platform, errors));
	}

	@MutationMapping
	DeletePayload deletePlatform(@Argument DeleteInput input) {
		return this.curation.delete(Label.PLATFORM, input);
	}

	@MutationMapping
	ResponsibilityPayload createResponsibility(@Argument CreateEntryInput input) {
		return this.curation.createEntry(Label.RESPONSIBILITY, input,
				(duty, errors) -> new ResponsibilityPayload((Responsibility) duty, errors));
	}

	@MutationMapping
	ResponsibilityPayload updateResponsibility(@Argument UpdateEntryInput input) {
		return this.curation.updateEntry(Label.RESPONSIBILITY, input,
				(duty, errors) -> new ResponsibilityPayload((Responsibility) duty, errors));
	}

	@MutationMapping
	DeletePayload deleteResponsibility(@Argument DeleteInput input) {
		return this.curation.delete(Label.RESPONSIBILITY, input);
	}

	@MutationMapping
	LinkPayload link(@Argument LinkInput input) {
		return this.curation.link(input);
	}

	@MutationMapping
	LinkPayload unlink(@Argument UnlinkInput input) {
		return this.curation.unlink(input);
	}

	@QueryMapping
	List<CurationGraph.Change> changes(@Argument OffsetDateTime since, @Argument String by, @Argument String entity,
			@Argument Integer first) {
		return this.curation.changes(since, by, entity, Arguments.within("first", first, 1, 500));
	}

}
