package dev.rolegraph.role;

import java.util.List;

import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.api.Pages;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RoleController {

	private final RoleRepository roles;

	private final RoleGraph graph;

	private final Pages pages;

	RoleController(RoleRepository roles, RoleGraph graph, Pages pages) {
		this.roles = roles;
		this.graph = graph;
		this.pages = pages;
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

	/** The role and every list the client selected on it, in one statement. */
	@QueryMapping
	DataFetcherResult<Role> role(@Argument String id, DataFetchingFieldSelectionSet selection) {
		return RoleListWiring.withLists(this.graph.rolePage(id, RoleList.selectedIn(selection))
			.orElseThrow(() -> new NotFoundException("id", "role", id)));
	}

}
