package dev.rolegraph.role;

import java.util.List;

import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.api.Pages;
import dev.rolegraph.role.RoleGraph.LoadedRole;
import dev.rolegraph.role.RoleGraph.RolesPage;
import dev.rolegraph.vocabulary.RoleKind;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class RoleController {

	private final RoleGraph graph;

	private final Pages pages;

	RoleController(RoleGraph graph, Pages pages) {
		this.graph = graph;
		this.pages = pages;
	}

	/** A page of roles with the lists selected on them and, when selected, the total: one statement. */
	@QueryMapping
	DataFetcherResult<Window<Role>> roles(@Argument String kind, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		Slice slice = this.pages.slice(first, after);
		RolesPage page = this.graph.rolesPage(kinds(kind), slice, Pages.totalSelected(selection),
				RoleList.selectedIn(selection, "edges/node/"));
		return Pages.window(page.roles().stream().map(LoadedRole::role).toList(), slice, page.total(),
				RoleListWiring.context(page.roles()));
	}

	/** All roles of the asked kind, across pages, read with the page. */
	@SchemaMapping(typeName = "RoleConnection")
	long totalCount(DataFetchingEnvironment env) {
		return Pages.total(env);
	}

	private static List<String> kinds(String kind) {
		return kind == null ? RoleKind.names() : List.of(kind);
	}

	/** The role and every list the client selected on it, in one statement. */
	@QueryMapping
	DataFetcherResult<Role> role(@Argument String id, DataFetchingFieldSelectionSet selection) {
		return RoleListWiring.withLists(this.graph.rolePage(id, RoleList.selectedIn(selection))
			.orElseThrow(() -> new NotFoundException("id", "role", id)));
	}

}
