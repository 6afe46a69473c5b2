package dev.rolegraph.role;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rolegraph.api.Pages;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.skill.Skill;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@GraphQlTest(RoleController.class)
@Import(Pages.class)
class RoleControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	RoleRepository roles;

	@MockitoBean
	RoleGraph graph;

	private static Role role(String id, String en, String idn) {
		return new Role(id, "ROLE", en, idn, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static Window<Role> page(Role... roles) {
		return Window.from(List.of(roles), ScrollPosition::offset);
	}

	@Test
	void aNameWithoutLangIsEnglishWhateverTheFieldsAroundItAsk() {
		var writing = new Skill("writing", "Writing", "Menulis", null, null, List.of());
		given(this.roles.findByKindIn(any(), any(), any(), any())).willReturn(page(role("a", "Officer", "Petugas")));
		given(this.graph.links(eq(RoleList.SKILLS), anyCollection())).willReturn(Map.of("a",
				List.of(new SkillRequirement(writing, true, false, null, List.of(new Citation("001", 25, 25, false))))));
		var response = this.graphQl.document("{ roles { edges { node { idn: name(lang: ID) name skills { skill { idn: name(lang: ID) name } } } } } }")
			.execute();
		response.path("roles.edges[0].node.idn").entity(String.class).isEqualTo("Petugas");
		response.path("roles.edges[0].node.name").entity(String.class).isEqualTo("Officer");
		response.path("roles.edges[0].node.skills[0].skill.idn").entity(String.class).isEqualTo("Menulis");
		response.path("roles.edges[0].node.skills[0].skill.name").entity(String.class).isEqualTo("Writing");
	}

	@Test
	void skillsOfManyRolesAreLoadedInOneBatch() {
		List<Role> many = List.of(role("a", "A", "A"), role("b", "B", "B"), role("c", "C", "C"));
		given(this.roles.findByKindIn(any(), any(), any(), any())).willReturn(page(many.toArray(Role[]::new)));
		given(this.graph.links(eq(RoleList.SKILLS), anyCollection())).willAnswer(call -> ((Collection<?>) call.getArgument(1))
			.stream()
			.collect(Collectors.toMap(String.class::cast, id -> List.of())));
		this.graphQl.document("{ roles { edges { node { id skills { essential } } } } }").execute().path("roles.edges").entityList(Object.class).hasSize(3);
		verify(this.graph, times(1)).links(eq(RoleList.SKILLS), anyCollection());
	}

}
