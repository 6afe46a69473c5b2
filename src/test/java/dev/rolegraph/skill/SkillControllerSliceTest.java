package dev.rolegraph.skill;

import java.util.List;
import java.util.Optional;

import dev.rolegraph.api.NodePages;
import dev.rolegraph.role.RoleSlice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/** The skill look-up's GraphQL side, with the repository mocked. */
@Tag("slice")
@GraphQlTest(SkillController.class)
@Import(RoleSlice.class)
class SkillControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SkillRepository skills;

	@MockitoBean
	NodePages pages;

	@Test
	void aSkillIsShownInTheLanguageAsked() {
		given(this.skills.require("id", "copywriting")).willReturn(
				new Skill("copywriting", "Copywriting", "Penulisan naskah", null, null, List.of("ad copy"), null));
		this.graphQl.document("{ skill(id: \"copywriting\") { id name(lang: ID) aliases } }")
			.execute()
			.path("skill.name").entity(String.class).isEqualTo("Penulisan naskah")
			.path("skill.aliases").entityList(String.class).containsExactly("ad copy");
	}

	@Test
	void anUnknownSkillIsNotFoundNamingTheArgument() {
		given(this.skills.findById("nothing")).willReturn(Optional.empty());
		given(this.skills.require("id", "nothing")).willCallRealMethod();
		this.graphQl.document("{ skill(id: \"nothing\") { id } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND
					&& "id".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
