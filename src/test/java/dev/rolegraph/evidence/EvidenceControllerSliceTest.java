package dev.rolegraph.evidence;

import java.time.LocalDate;
import java.util.List;

import dev.rolegraph.role.RoleSlice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.mockito.BDDMockito.given;

/** The sources' GraphQL side, with the repository mocked: dates travel as the Date scalar. */
@Tag("slice")
@GraphQlTest(EvidenceController.class)
@Import(RoleSlice.class)
class EvidenceControllerSliceTest {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	SourceRepository sources;

	@Test
	void eachSourceComesWithItsPublicationDateAndLength() {
		given(this.sources.findAllByOrderById()).willReturn(List.of(new Source("003", "003.md", "Social Media Officer",
				"Example publisher", null, LocalDate.of(2024, 10, 14), "id", "https://example.org/003", 61, "abc", null, null)));
		this.graphQl.document("{ sources { id title published lines language } }")
			.execute()
			.path("sources[0].id").entity(String.class).isEqualTo("003")
			.path("sources[0].published").entity(String.class).isEqualTo("2024-10-14")
			.path("sources[0].lines").entity(Integer.class).isEqualTo(61);
	}

}
