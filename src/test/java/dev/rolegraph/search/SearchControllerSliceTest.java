package dev.rolegraph.search;

import java.util.List;

import dev.rolegraph.api.InvalidArgumentException;
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

/** Search's GraphQL side, with the service mocked: the union of hits, the defaults, a refused text. */
@Tag("slice")
@GraphQlTest(SearchController.class)
@Import(RoleSlice.class)
class SearchControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SearchService search;

	@Test
	void aSkillHitIsASkillInTheUnionOfResults() {
		given(this.search.search(any(), any(), any(), any())).willReturn(DataFetcherResult.<List<SearchHit>>newResult()
			.data(List.of(new SearchHit(SearchKind.SKILL, 2.5,
					new Skill("communication", "Communication", "Komunikasi", null, null, List.of(), null))))
			.build());
		this.graphQl.document("""
				{ search(text: "komunikasi") { kind score node { __typename ... on Skill { id name(lang: ID) } } } }""")
			.execute()
			.path("search[0].kind").entity(String.class).isEqualTo("SKILL")
			.path("search[0].node.__typename").entity(String.class).isEqualTo("Skill")
			.path("search[0].node.name").entity(String.class).isEqualTo("Komunikasi");
		verify(this.search).search(eq("komunikasi"), isNull(), eq(10), any());
	}

	@Test
	void aTextTheServiceRefusesIsABadRequestNamingText() {
		given(this.search.search(any(), any(), any(), any()))
			.willThrow(new InvalidArgumentException("text", "'text' needs at least one letter or digit"));
		this.graphQl.document("{ search(text: \"!!!\") { score } }")
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& "text".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
