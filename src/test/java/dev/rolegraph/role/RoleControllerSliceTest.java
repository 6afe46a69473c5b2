package dev.rolegraph.role;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.rolegraph.api.Pages;
import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.role.RoleGraph.LoadedRole;
import dev.rolegraph.role.RoleGraph.RolesPage;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.skill.Skill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@Tag("slice")
@GraphQlTest(RoleController.class)
@Import(Pages.class)
class RoleControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	RoleGraph graph;

	private static Role role(String id, String en, String idn) {
		return new Role(id, "ROLE", en, idn, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static RolesPage page(LoadedRole... roles) {
		return new RolesPage(List.of(roles), null);
	}

	@Test
	void aNameWithoutLangIsEnglishWhateverTheFieldsAroundItAsk() {
		var writing = new Skill("writing", "Writing", "Menulis", null, null, List.of(), null);
		given(this.graph.rolesPage(any(), any(), anyBoolean(), any())).willReturn(page(new LoadedRole(
				role("a", "Officer", "Petugas"), Map.of(RoleList.SKILLS, List.of(new SkillRequirement(writing, true,
						false, null, List.of(new Citation("001", 25, 25, false))))))));
		var response = this.graphQl.document("{ roles { edges { node { idn: name(lang: ID) name skills { skill { idn: name(lang: ID) name } } } } } }")
			.execute();
		response.path("roles.edges[0].node.idn").entity(String.class).isEqualTo("Petugas");
		response.path("roles.edges[0].node.name").entity(String.class).isEqualTo("Officer");
		response.path("roles.edges[0].node.skills[0].skill.idn").entity(String.class).isEqualTo("Menulis");
		response.path("roles.edges[0].node.skills[0].skill.name").entity(String.class).isEqualTo("Writing");
	}

	@Test
	void aPageOfRolesAsksForTheListsSelectedOnItsNodesAndNoBatch() {
		given(this.graph.rolesPage(any(), any(), anyBoolean(), any())).willReturn(page(
				new LoadedRole(role("a", "A", "A"), Map.of(RoleList.SKILLS, List.of(), RoleList.NEXT_STEPS, List.of())),
				new LoadedRole(role("b", "B", "B"), Map.of(RoleList.SKILLS, List.of(), RoleList.NEXT_STEPS, List.of()))));
		this.graphQl.document("{ roles(kind: ROLE, first: 2) { edges { node { id skills { essential } nextSteps { inferred } } } } }")
			.execute()
			.path("roles.edges")
			.entityList(Object.class)
			.hasSize(2);
		verify(this.graph).rolesPage(eq(List.of("ROLE")), eq(new Slice("", "", 2)), eq(false),
				eq(EnumSet.of(RoleList.SKILLS, RoleList.NEXT_STEPS)));
		verify(this.graph, never()).links(any(), anyCollection());
	}

}
