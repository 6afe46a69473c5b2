package dev.rolegraph.search;

import java.util.List;

import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.i18n.Named;
import dev.rolegraph.role.RoleLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** SearchGraph on a fixture of five named things ({@code fixtures/search.cypher}). */
@GraphTest
class SearchGraphTest {

	private static final List<String> EVERY_KIND = List.of("Role", "Skill", "Tool", "Platform", "Responsibility");

	@Autowired
	private SearchGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "search");
	}

	private List<String> ids(String text, List<String> kinds) {
		return this.graph.search(text, kinds, 10, RoleLists.none())
			.getData()
			.stream()
			.map(hit -> ((Named) hit.node()).id())
			.toList();
	}

	@Test
	void anIndonesianNameFindsItsNode() {
		assertThat(ids("fotografi", EVERY_KIND)).containsExactly("photography");
	}

	@Test
	void anAliasFindsItsSkill() {
		assertThat(ids("ad copy", EVERY_KIND)).first().isEqualTo("copywriting");
	}

	@Test
	void aWordBeingTypedFindsByPrefix() {
		// Typos are tested end to end (CareerQuestionsTest): Lucene's fuzzy terms do not see a fixture that is still
		// inside its uncommitted test transaction.
		assertThat(ids("photo", EVERY_KIND)).containsExactly("photography");
	}

	@Test
	void onlyTheKindsAskedForAreFound() {
		assertThat(ids("design", EVERY_KIND)).containsExactlyInAnyOrder("design-team", "canva");
		assertThat(ids("design", List.of("Tool"))).containsExactly("canva");
	}

	@Test
	void luceneSyntaxInTheTextIsReadAsWords() {
		assertThat(SearchGraph.lucene("content AND writer*")).doesNotContain("*\"").doesNotContain(" AND ");
		assertThat(ids("content) OR (writer", EVERY_KIND)).containsExactly("content-writer");
	}

	@Test
	void aRoleHitIsARoleAndCarriesItsKind() {
		var hits = this.graph.search("content writer", List.of("Role"), 10, RoleLists.none()).getData();
		assertThat(hits).singleElement().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo(SearchKind.ROLE);
			assertThat(hit.score()).isPositive();
		});
	}

}
