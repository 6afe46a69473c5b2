package dev.rolegraph.curation;

import java.time.OffsetDateTime;
import java.util.List;

import dev.rolegraph.api.Arguments;
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
		return this.curation.createRole(input).into(RolePayload::new);
	}

	@MutationMapping
	RolePayload updateRole(@Argument UpdateRoleInput input) {
		return this.curation.updateRole(input).into(RolePayload::new);
	}

	@MutationMapping
	DeletePayload deleteRole(@Argument DeleteInput input) {
		return this.curation.delete(Entry.ROLE, input);
	}

	@MutationMapping
	SkillPayload createSkill(@Argument CreateEntryInput input) {
		return this.curation.create(Entry.SKILL, input).into(SkillPayload::new);
	}

	@MutationMapping
	SkillPayload updateSkill(@Argument UpdateEntryInput input) {
		return this.curation.update(Entry.SKILL, input).into(SkillPayload::new);
	}

	@MutationMapping
	DeletePayload deleteSkill(@Argument DeleteInput input) {
		return this.curation.delete(Entry.SKILL, input);
	}

	@MutationMapping
	ToolPayload createTool(@Argument CreateEntryInput input) {
		return this.curation.create(Entry.TOOL, input).into(ToolPayload::new);
	}

	@MutationMapping
	ToolPayload updateTool(@Argument UpdateEntryInput input) {
		return this.curation.update(Entry.TOOL, input).into(ToolPayload::new);
	}

	@MutationMapping
	DeletePayload deleteTool(@Argument DeleteInput input) {
		return this.curation.delete(Entry.TOOL, input);
	}

	@MutationMapping
	PlatformPayload createPlatform(@Argument CreateEntryInput input) {
		return this.curation.create(Entry.PLATFORM, input).into(PlatformPayload::new);
	}

	@MutationMapping
	PlatformPayload updatePlatform(@Argument UpdateEntryInput input) {
		return this.curation.update(Entry.PLATFORM, input).into(PlatformPayload::new);
	}

	@MutationMapping
	DeletePayload deletePlatform(@Argument DeleteInput input) {
		return this.curation.delete(Entry.PLATFORM, input);
	}

	@MutationMapping
	ResponsibilityPayload createResponsibility(@Argument CreateEntryInput input) {
		return this.curation.create(Entry.RESPONSIBILITY, input).into(ResponsibilityPayload::new);
	}

	@MutationMapping
	ResponsibilityPayload updateResponsibility(@Argument UpdateEntryInput input) {
		return this.curation.update(Entry.RESPONSIBILITY, input).into(ResponsibilityPayload::new);
	}

	@MutationMapping
	DeletePayload deleteResponsibility(@Argument DeleteInput input) {
		return this.curation.delete(Entry.RESPONSIBILITY, input);
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
