package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;

import dev.rolegraph.curation.Inputs.CreateEntryInput;
import dev.rolegraph.curation.Inputs.DeleteInput;
import dev.rolegraph.curation.Payloads.Code;
import dev.rolegraph.curation.Payloads.DeletePayload;
import dev.rolegraph.curation.Payloads.Outcome;
import dev.rolegraph.curation.Payloads.UserError;
import dev.rolegraph.role.RoleSlice;
import dev.rolegraph.skill.Skill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * Curation's GraphQL side, with the service mocked: inputs bind to the records (the Indonesian text from the
 * schema's {@code id}), each mutation goes to the handler of its kind, payloads carry the result or typed errors.
 */
@Tag("slice")
@GraphQlTest(CurationController.class)
@Import(RoleSlice.class)
class CurationControllerSliceTest {

	private static final String CREATE_SKILL = """
			mutation($input: CreateEntryInput!) {
			  createSkill(input: $input) { skill { id name(lang: ID) } errors { field code message } }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	CurationService curation;

	private static Map<String, Object> newSkill(String id) {
		return Map.of("id", id, "name", Map.of("en", "Storytelling", "id", "Bercerita"), "evidence",
				Map.of("sourceId", "003", "lines", "12"));
	}

	@Test
	void aNewSkillIsBoundAndReturnedAsStored() {
		var captured = ArgumentCaptor.forClass(CreateEntryInput.class);
		given(this.curation.create(eq(Entry.SKILL), captured.capture())).willReturn(
				Outcome.written(new Skill("storytelling", "Storytelling", "Bercerita", null, null, List.of(), null)));
		this.graphQl.document(CREATE_SKILL)
			.variable("input", newSkill("storytelling"))
			.execute()
			.path("createSkill.skill.name").entity(String.class).isEqualTo("Bercerita")
			.path("createSkill.errors").entityList(Object.class).hasSize(0);
		assertThat(captured.getValue().name().indonesian()).isEqualTo("Bercerita");
		assertThat(captured.getValue().evidence().lines()).isEqualTo("12");
	}

	@Test
	void aRefusedWriteComesBackAsTypedErrorsWithTheirFieldPaths() {
		given(this.curation.create(eq(Entry.SKILL), any())).willReturn(
				Outcome.refused(List.of(UserError.of(Code.DUPLICATE, "a skill with this id exists", "id"))));
		this.graphQl.document(CREATE_SKILL)
			.variable("input", newSkill("writing"))
			.execute()
			.path("createSkill.skill").valueIsNull()
			.path("createSkill.errors[0].code").entity(String.class).isEqualTo("DUPLICATE")
			.path("createSkill.errors[0].field").entityList(String.class).containsExactly("input", "id")
			.path("createSkill.errors[0].message").entity(String.class).isEqualTo("input.id a skill with this id exists");
	}

	@Test
	void deletingAToolGoesToTheDeleteHandlerForTools() {
		given(this.curation.delete(eq(Entry.TOOL), any())).willReturn(new DeletePayload("canva", List.of()));
		this.graphQl.document("""
				mutation($input: DeleteInput!) { deleteTool(input: $input) { deletedId errors { code } } }""")
			.variable("input", Map.of("id", "canva", "evidence", Map.of("sourceId", "003", "lines", "4")))
			.execute()
			.path("deleteTool.deletedId").entity(String.class).isEqualTo("canva");
		verify(this.curation).delete(eq(Entry.TOOL), any(DeleteInput.class));
	}

}
