package dev.rolegraph.role;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Links.RoleLink;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.role.Links.ToolUse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** RoleGraph on a fixture of two roles and a team ({@code fixtures/roles.cypher}). */
@GraphTest
class RoleGraphTest {

	@Autowired
	private RoleGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "roles");
	}

	@Test
	void aRolePageHoldsOnlyTheListsAskedFor() {
		var officer = this.graph.rolePage("officer", EnumSet.of(RoleList.TOOLS)).orElseThrow();
		assertThat(officer.role().nameIndonesian()).isEqualTo("Petugas");
		assertThat(officer.role().descriptionCitations()).containsExactly(new Citation("003", 4, 5, false));
		assertThat(officer.lists()).containsOnlyKeys(RoleList.TOOLS);
	}

	@Test
	void essentialSkillsComeFirstThenByName() {
		var skills = this.graph.rolePage("officer", EnumSet.of(RoleList.SKILLS)).orElseThrow().lists().get(RoleList.SKILLS);
		assertThat(skills).map(SkillRequirement.class::cast)
			.extracting(requirement -> requirement.skill().id(), SkillRequirement::essential)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("planning", true),
					org.assertj.core.groups.Tuple.tuple("writing", true),
					org.assertj.core.groups.Tuple.tuple("analytics", false));
		var planning = (SkillRequirement) skills.getFirst();
		assertThat(planning.inferred()).isTrue();
		assertThat(planning.citations()).containsExactly(new Citation("003", 13, 13, true));
		assertThat(((SkillRequirement) skills.get(1)).note()).isEqualTo("daily");
	}

	@Test
	void aRelationshipWrittenWithoutCitationsReadsAsStatedAndUncited() {
		var tools = this.graph.rolePage("officer", EnumSet.of(RoleList.TOOLS)).orElseThrow().lists().get(RoleList.TOOLS);
		assertThat(tools).singleElement().isInstanceOfSatisfying(ToolUse.class, use -> {
			assertThat(use.tool().id()).isEqualTo("canva");
			assertThat(use.inferred()).isFalse();
			assertThat(use.citations()).isEmpty();
		});
	}

	@Test
	void collaborationIsReadFromBothEnds() {
		var officer = this.graph.rolePage("officer", EnumSet.of(RoleList.COLLABORATES_WITH)).orElseThrow();
		var team = this.graph.rolePage("marketing", EnumSet.of(RoleList.COLLABORATES_WITH)).orElseThrow();
		assertThat(officer.lists().get(RoleList.COLLABORATES_WITH)).map(RoleLink.class::cast)
			.extracting(link -> link.role().id())
			.containsExactly("marketing");
		assertThat(team.lists().get(RoleList.COLLABORATES_WITH)).map(RoleLink.class::cast)
			.extracting(link -> link.role().id())
			.containsExactly("officer");
	}

	@Test
	void reportingLinesAreReadUpAndDown() {
		var lists = this.graph.rolePage("strategist", EnumSet.of(RoleList.REPORTS_TO, RoleList.DIRECT_REPORTS))
			.orElseThrow()
			.lists();
		assertThat(lists.get(RoleList.REPORTS_TO)).isEmpty();
		assertThat(lists.get(RoleList.DIRECT_REPORTS)).singleElement()
			.isInstanceOfSatisfying(RoleLink.class, link -> assertThat(link.inferred()).isTrue());
	}

	@Test
	void anUnknownRoleHasNoPage() {
		assertThat(this.graph.rolePage("nobody", Set.of())).isEmpty();
	}

	@Test
	void rolesArePagedByNameThenIdWithinTheKindsAsked() {
		var first = this.graph.rolesPage(List.of("ROLE"), new Slice("", "", 1), true, Set.of());
		assertThat(first.total()).isEqualTo(2);
		assertThat(first.roles()).extracting(loaded -> loaded.role().id()).containsExactly("officer", "strategist");
		var next = this.graph.rolesPage(List.of("ROLE"), new Slice("Officer", "officer", 1), false, Set.of());
		assertThat(next.total()).isNull();
		assertThat(next.roles()).extracting(loaded -> loaded.role().id()).containsExactly("strategist");
		assertThat(this.graph.rolesPage(List.of("ROLE", "TEAM"), new Slice("", "", 5), true, Set.of()).total())
			.isEqualTo(3);
	}

	@Test
	void oneBatchReadsAListForManyRolesAndAnEmptyListForThoseWithout() {
		var skills = this.graph.links(RoleList.SKILLS, List.of("officer", "strategist", "marketing"));
		assertThat(skills.get("officer")).hasSize(3);
		assertThat(skills.get("strategist")).hasSize(1);
		assertThat(skills.get("marketing")).isEmpty();
	}

}
