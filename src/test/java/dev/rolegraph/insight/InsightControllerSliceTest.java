package dev.rolegraph.insight;

import java.util.List;
import java.util.stream.IntStream;

import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.RolePair;
import dev.rolegraph.insight.Insights.SkillDemand;
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
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The analysts' questions' GraphQL side, with the graph mocked: what the controller reads from the selection. */
@Tag("slice")
@GraphQlTest(InsightController.class)
@Import(RoleSlice.class)
class InsightControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	InsightGraph graph;

	private static Role role(String id) {
		return new Role(id, "ROLE", id, id, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static Skill communication() {
		return new Skill("communication", "Communication", "Komunikasi", null, null, List.of(), null);
	}

	@Test
	void twoSelectionsOfPairsAreReadOnceAtTheLargerSizeAndEachGetsItsOwn() {
		List<RolePair> pairs = IntStream.range(0, 5).mapToObj(i -> new RolePair(role("a" + i), role("b" + i))).toList();
		given(this.graph.bridgingSkills(anyInt(), anyInt(), any())).willReturn(DataFetcherResult
			.<List<BridgingSkill>>newResult()
			.data(List.of(new BridgingSkill(communication(), 5, pairs)))
			.build());
		this.graphQl.document("""
				{ bridgingSkills(first: 1) { few: pairs(first: 2) { a { id } } more: pairs(first: 5) { b { id } } } }""")
			.execute()
			.path("bridgingSkills[0].few").entityList(Object.class).hasSize(2)
			.path("bridgingSkills[0].more").entityList(Object.class).hasSize(5);
		verify(this.graph).bridgingSkills(eq(1), eq(5), any());
	}

	@Test
	void countsWithoutPairsReadNoPairs() {
		given(this.graph.bridgingSkills(anyInt(), anyInt(), any())).willReturn(
				DataFetcherResult.<List<BridgingSkill>>newResult().data(List.of()).build());
		this.graphQl.document("{ bridgingSkills { bridgedPairs } }").execute();
		verify(this.graph).bridgingSkills(eq(10), eq(0), any());
	}

	@Test
	void demandWithoutRequiredByDoesNotAskForTheRoles() {
		given(this.graph.skillDemand(anyInt(), eq(false), any())).willReturn(DataFetcherResult
			.<List<SkillDemand>>newResult()
			.data(List.of(new SkillDemand(communication(), 5, 5, List.of())))
			.build());
		this.graphQl.document("{ skillDemand(first: 1) { roles } }")
			.execute()
			.path("skillDemand[0].roles").entity(Integer.class).isEqualTo(5);
		verify(this.graph).skillDemand(eq(1), eq(false), any());
	}

	@Test
	void aDepthBeyondThreeIsABadRequestBeforeTheGraphIsAsked() {
		this.graphQl.document("{ roleNeighborhood(id: \"officer\", depth: 4) { center { id } } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& "depth".equals(error.getExtensions().get("argument")))
			.verify();
		verifyNoInteractions(this.graph);
	}

}
