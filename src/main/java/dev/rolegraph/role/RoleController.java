package dev.rolegraph.role;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.rolegraph.api.Pages;
import dev.rolegraph.role.Links.Duty;
import dev.rolegraph.role.Links.PlatformUse;
import dev.rolegraph.role.Links.RoleLink;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.role.Links.ToolUse;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RoleController {

	private final RoleRepository roles;

	private final RoleGraph graph;

	private final Pages pages;

	RoleController(RoleRepository roles, RoleGraph graph, Pages pages) {
		this.pages = pages;
		this.roles = roles;
		this.graph = graph;
	}

	private static final Sort BY_NAME = Sort.by("nameEn", "id");

	@QueryMapping
	Window<Role> roles(@Argument String kind, @Argument Integer first, @Argument String after) {
		return this.roles.findByKindIn(kinds(kind), this.pages.position(after), Pages.limit(first), BY_NAME);
	}

	/** All roles of the asked kind, across pages: the {@code kind} argument of the {@code roles} field above. */
	@SchemaMapping(typeName = "RoleConnection")
	long totalCount(DataFetchingEnvironment env) {
		return this.roles.countByKindIn(kinds(env.getExecutionStepInfo().getParent().getArgument("kind")));
	}

	private static List<String> kinds(String kind) {
		return kind == null ? List.of("ROLE", "TEAM") : List.of(kind);
	}

	@QueryMapping
	Role role(@Argument String id) {
		return this.roles.require("id", id);
	}

	@BatchMapping
	Map<Role, List<SkillRequirement>> skills(List<Role> roles) {
		return byRole(roles, this.graph.requiredSkills(ids(roles)));
	}

	@BatchMapping
	Map<Role, List<Duty>> responsibilities(List<Role> roles) {
		return byRole(roles, this.graph.responsibilities(ids(roles)));
	}

	@BatchMapping
	Map<Role, List<ToolUse>> tools(List<Role> roles) {
		return byRole(roles, this.graph.toolsUsed(ids(roles)));
	}

	@BatchMapping
	Map<Role, List<PlatformUse>> platforms(List<Role> roles) {
		return byRole(roles, this.graph.platformsWorkedOn(ids(roles)));
	}

	@BatchMapping
	Map<Role, List<RoleLink>> reportsTo(List<Role> roles) {
		return byRole(roles, this.graph.roleLinks(RoleGraph.REPORTS_TO, ids(roles)));
	}

	@BatchMapping
	Map<Role, List<RoleLink>> directReports(List<Role> roles) {
		return byRole(roles, this.graph.roleLinks(RoleGraph.DIRECT_REPORTS, ids(roles)));
	}

	@BatchMapping
	Map<Role, List<RoleLink>> collaboratesWith(List<Role> roles) {
		return byRole(roles, this.graph.roleLinks(RoleGraph.COLLABORATORS, ids(roles)));
	}

	@BatchMapping
	Map<Role, List<RoleLink>> nextSteps(List<Role> roles) {
		return byRole(roles, this.graph.roleLinks(RoleGraph.NEXT_STEPS, ids(roles)));
	}

	@BatchMapping
	Map<Role, List<RoleLink>> previousSteps(List<Role> roles) {
		return byRole(roles, this.graph.roleLinks(RoleGraph.PREVIOUS_STEPS, ids(roles)));
	}

	private static List<String> ids(List<Role> roles) {
		return roles.stream().map(Role::id).distinct().toList();
	}

	private static <L> Map<Role, List<L>> byRole(List<Role> roles, Map<String, List<L>> byId) {
		return roles.stream()
			.distinct()
			.collect(java.util.stream.Collectors.toMap(Function.identity(), role -> byId.getOrDefault(role.id(), List.of())));
	}

}
