package dev.rolegraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking a list page by page gives every entry once, in name order, whatever happens between two pages. */
class PagesTest extends ApiTest {

	@AfterEach
	void removeTwins() {
		write("MATCH (s:Skill) WHERE s.id STARTS WITH 'paging-twin-' DETACH DELETE s", Map.of());
	}

	@Test
	void walkingSkillsPageByPageGivesEachOnceInNameOrderEvenWithTwinNames() {
		addTwins(List.of("paging-twin-b", "paging-twin-a", "paging-twin-c"));
		List<String> walked = walk("skills", 4);
		List<String> expected;
		try (var session = this.driver.session()) {
			expected = session.executeRead(tx -> tx.run("MATCH (s:Skill) RETURN s.id AS id ORDER BY s.nameEn, s.id")
				.list(row -> row.get("id").asString()));
		}
		assertThat(walked).isEqualTo(expected).doesNotHaveDuplicates();
	}

	@Test
	void aSkillAddedBeforeTheCursorDoesNotRepeatOrShiftTheNextPage() {
		var first = this.graphQl.document("{ skills(first: 3) { edges { node { id } } pageInfo { endCursor } } }")
			.execute();
		List<String> seen = first.path("skills.edges[*].node.id").entityList(String.class).get();
		String cursor = first.path("skills.pageInfo.endCursor").entity(String.class).get();
		// Sorts before everything already read: an offset cursor would now repeat the last row.
		write("CREATE (:Skill {id: 'paging-twin-first', nameEn: '  Aardvark handling', nameId: 'Menangani trenggiling'})",
				Map.of());
		List<String> next = this.graphQl
			.document("{ skills(first: 3, after: \"" + cursor + "\") { edges { node { id } } } }")
			.execute()
			.path("skills.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(next).hasSize(3).doesNotContainAnyElementsOf(seen).doesNotContain("paging-twin-first");
	}

	@Test
	void aCursorThisApiDidNotGiveOutIsABadRequestNamingAfter() {
		for (String cursor : List.of("T18w", "not base64!", "")) {
			this.graphQl.document("{ roles(after: \"" + cursor + "\") { totalCount } }")
				.execute()
				.errors()
				.expect(error -> error.getErrorType() == ErrorType.BAD_REQUEST
						&& "after".equals(error.getExtensions().get("argument")))
				.verify();
		}
	}

	private void addTwins(List<String> ids) {
		write("UNWIND $ids AS id CREATE (:Skill {id: id, nameEn: 'Paging twin', nameId: 'Kembar halaman'})",
				Map.of("ids", ids));
	}

	private List<String> walk(String field, int size) {
		List<String> ids = new ArrayList<>();
		String after = null;
		while (true) {
			String arguments = "first: " + size + (after == null ? "" : ", after: \"" + after + "\"");
			var page = this.graphQl
				.document("{ " + field + "(" + arguments + ") { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
				.execute();
			ids.addAll(page.path(field + ".edges[*].node.id").entityList(String.class).get());
			if (!page.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return ids;
			}
			after = page.path(field + ".pageInfo.endCursor").entity(String.class).get();
		}
	}

}
