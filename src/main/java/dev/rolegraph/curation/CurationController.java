package dev.rolegraph.curation;

import java.time.OffsetDateTime;
import java.util.List;

import dev.rolegraph.curation.Inputs.CreateRoleInput;
import dev.rolegraph.curation.Inputs.LinkInput;
import dev.rolegraph.curation.Inputs.UnlinkInput;
import dev.rolegraph.curation.Inputs.UpdateRoleInput;
import dev.rolegraph.curation.Payloads.LinkPayload;
import dev.rolegraph.curation.Payloads.RolePayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The mutations of roles and links, and the audit trail; those alike for every kind are {@link EntryMutations}. */
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
		return this.curation.changes(since, by, entity, first);
	}

}
