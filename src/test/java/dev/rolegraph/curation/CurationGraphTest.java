package dev.rolegraph.curation;

import java.util.List;
import java.util.Map;

import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.Relation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CurationGraph's writes on a fixture of a reporting chain ({@code fixtures/curation.cypher}). */
@GraphTest
class CurationGraphTest {

	@Autowired
	private CurationGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "curation");
	}

	@Test
	void theManagerReportingToTheOfficerWouldCloseALoopTwoLinesLong() {
		assertThat(this.graph.wouldCycle("manager", "officer")).isTrue();
		assertThat(this.graph.wouldCycle("officer", "manager")).isFalse();
	}

	@Test
	void linkingTwiceWithTheSameCitationKeepsItOnceAndStatedEvidenceOutweighsInferred() {
		var first = this.graph.link(Relation.USES, "officer", "writing-tool", null, "003:5", true, null);
		assertThat(first).isEmpty();
		this.client.query("CREATE (:Tool {id: 'canva', nameEn: 'Canva', nameId: 'Canva'})").run();
		var created = this.graph.link(Relation.USES, "officer", "canva", null, "003:5", true, "design").orElseThrow();
		assertThat(created.before()).isNull();
		assertThat(created.after()).containsEntry("inferred", true).containsEntry("origin", "curator");
		var again = this.graph.link(Relation.USES, "officer", "canva", null, "003:5", false, null).orElseThrow();
		assertThat(again.before()).containsEntry("cites", List.of("003:5"));
		assertThat(again.after()).containsEntry("cites", List.of("003:5"))
			.containsEntry("inferred", false)
			.containsEntry("note", "design");
	}

	@Test
	void aRequirementIsEssentialUnlessSaidOtherwise() {
		this.client.query("CREATE (:Skill {id: 'analytics', nameEn: 'Analytics', nameId: 'Analitik'})").run();
		var link = this.graph.link(Relation.REQUIRES, "officer", "analytics", null, "003:6", false, null).orElseThrow();
		assertThat(link.after()).containsEntry("essential", true);
	}

	@Test
	void deletingARoleReturnsEverythingNeededToRestoreIt() {
		Map<String, Object> before = this.graph.delete(Label.ROLE, "specialist").orElseThrow();
		assertThat(before).containsEntry("labels", List.of("Role"));
		@SuppressWarnings("unchecked")
		var relationships = (List<Map<String, Object>>) before.get("relationships");
		assertThat(relationships).extracting(r -> r.get("direction") + " " + r.get("type") + " " + r.get("id"))
			.containsExactlyInAnyOrder("OUT REPORTS_TO manager", "IN REPORTS_TO officer");
		assertThat(this.graph.exists(Label.ROLE.text, "specialist")).isFalse();
		assertThat(this.graph.delete(Label.ROLE, "specialist")).isEmpty();
	}

	@Test
	void anUpdateCountsTheVersionAndAddsTheCitation() {
		var change = this.graph.update(Label.SKILL.text, "writing", Map.of("nameEn", "Copy writing"), "cites", "003:9")
			.orElseThrow();
		assertThat(change.before()).containsEntry("nameEn", "Writing");
		assertThat(change.after()).containsEntry("nameEn", "Copy writing")
			.containsEntry("cites", List.of("003:1", "003:9"))
			.containsEntry("version", 1L);
	}

	@Test
	void unlinkingRemovesTheRelationshipAndReturnsIt() {
		var removed = this.graph.unlink(Relation.REQUIRES, "officer", "writing").orElseThrow();
		assertThat(removed).containsEntry("essential", true);
		assertThat(this.graph.linked(Relation.REQUIRES, "officer", "writing")).isFalse();
		assertThat(this.graph.unlink(Relation.REQUIRES, "officer", "writing")).isEmpty();
	}

	@Test
	void aSourceCitedByLineKnowsItsLength() {
		assertThat(this.graph.sourceLines("003")).contains(java.util.Optional.of(40));
		assertThat(this.graph.sourceLines("nowhere")).isEmpty();
	}

}
