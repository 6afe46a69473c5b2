package dev.rolegraph.career;

import java.util.List;

import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.ComparedSkill;
import dev.rolegraph.career.Answers.RoleComparison;
import dev.rolegraph.career.Answers.Split;
import dev.rolegraph.role.Role;
import dev.rolegraph.role.RoleSlice;
import dev.rolegraph.skill.Skill;
import graphql.execution.DataFetcherResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/** The career questions' GraphQL side, with the service mocked: arguments, defaults, derived fields, errors. */
@Tag("slice")
@GraphQlTest(CareerController.class)
@Import(RoleSlice.class)
class CareerControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	CareerService career;

	private static Role role(String id, String en) {
		return new Role(id, "ROLE", en, en, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static ComparedSkill skill(String id) {
		return new ComparedSkill(new Skill(id, id, id, null, null, List.of(), null), true, true, List.of());
	}

	@Test
	void careerPathsWithoutOptionsAsksForTheSchemasDefaults() {
		given(this.career.careerPaths(any(), any(), any(), any(), any(), any(), any()))
			.willReturn(DataFetcherResult.<List<CareerPath>>newResult().data(List.of()).build());
		this.graphQl.document("{ careerPaths(from: \"officer\", to: \"strategist\") { length } }")
			.execute()
			.path("careerPaths")
			.entityList(Object.class)
			.hasSize(0);
		verify(this.career).careerPaths(eq("officer"), eq("strategist"), eq(4), eq(3), eq(true), isNull(), any());
	}

	@Test
	void officerAndStrategistSharingOneOfThreeSkillsHaveAJaccardOfOneThird() {
		given(this.career.compareRoles(any(), any(), any()))
			.willReturn(DataFetcherResult.<RoleComparison>newResult()
				.data(new RoleComparison(role("officer", "Officer"), role("strategist", "Strategist"),
						new Split<>(List.of(skill("communication")), List.of(skill("copywriting")),
								List.of(skill("strategy-design"))),
						new Split<>(List.of(), List.of(), List.of()), new Split<>(List.of(), List.of(), List.of()),
						new Split<>(List.of(), List.of(), List.of())))
				.build());
		this.graphQl.document("""
				{ compareRoles(a: "officer", b: "strategist") {
				    a { name } skillJaccard sharedSkills { skill { id } } onlyInB { skill { id } } } }""")
			.execute()
			.path("compareRoles.a.name").entity(String.class).isEqualTo("Officer")
			.path("compareRoles.skillJaccard").entity(Double.class).isEqualTo(1.0 / 3)
			.path("compareRoles.sharedSkills[0].skill.id").entity(String.class).isEqualTo("communication")
			.path("compareRoles.onlyInB[0].skill.id").entity(String.class).isEqualTo("strategy-design");
	}

	@Test
	void anUnknownTargetIsNotFoundNamingTo() {
		given(this.career.skillGap(any(), any(), any(), any())).willThrow(new NotFoundException("to", "role", "astronaut"));
		this.graphQl.document("{ skillGap(to: \"astronaut\", from: \"officer\") { coverage } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.NOT_FOUND && "to".equals(error.getExtensions().get("argument"))
					&& error.getPath().equals("skillGap"))
			.verify();
	}

}
