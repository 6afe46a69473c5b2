package dev.rolegraph.career;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.CareerStep;
import dev.rolegraph.career.Answers.CoveredSkill;
import dev.rolegraph.career.Answers.MissingSkill;
import dev.rolegraph.career.Answers.MoveKind;
import dev.rolegraph.career.Answers.Via;
import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.role.RoleLists;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CareerGraph on a fixture of four roles and two career steps ({@code fixtures/career.cypher}). */
@GraphTest
class CareerGraphTest {

	private static final Set<MoveKind> STATED_ONLY = EnumSet.of(MoveKind.STATED);

	private static final Set<MoveKind> STATED_AND_INFERRED = EnumSet.of(MoveKind.STATED, MoveKind.INFERRED);

	@Autowired
	private CareerGraph graph;

	@Autowired
	private Neo4jClient client;

	@BeforeEach
	void fixture() {
		Fixture.load(this.client, "career");
	}

	@Test
	void officerToStrategistMissesPlanningAndResearchAndKeepsAnalytics() {
		var gap = this.graph.skillGap("strategist", "officer", null, true, RoleLists.none()).answer();
		assertThat(gap.missing()).extracting(missing -> missing.skill().id(), MissingSkill::essential)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("planning", true),
					org.assertj.core.groups.Tuple.tuple("research", false));
		assertThat(gap.missing().getFirst().heldBy()).extracting(role -> role.id()).containsExactly("manager");
		assertThat(gap.covered()).extracting(covered -> covered.skill().id()).containsExactly("analytics");
		assertThat(gap.covered()).allMatch(CoveredSkill::essential);
		assertThat(gap.essentialCoverage()).isEqualTo(0.5);
	}

	@Test
	void skillsAClientHoldsCountLikeARolesAndAnUnknownOneIsNamedInsteadOfAnAnswer() {
		var gap = this.graph.skillGap("strategist", null, List.of("planning"), false, RoleLists.none());
		assertThat(gap.unknownSkills()).isEmpty();
		assertThat(gap.answer().covered()).extracting(covered -> covered.skill().id()).containsExactly("planning");
		assertThat(gap.answer().missing()).extracting(missing -> missing.skill().id())
			.containsExactly("analytics", "research");
		assertThat(gap.answer().missing()).allSatisfy(missing -> assertThat(missing.heldBy()).isEmpty());
		var unknown = this.graph.skillGap("strategist", null, List.of("planning", "juggling"), false, RoleLists.none());
		assertThat(unknown.unknownSkills()).containsExactly("juggling");
		assertThat(unknown.answer().missing()).isEmpty();
		assertThat(unknown.answer().covered()).isEmpty();
	}

	@Test
	void officerReachesStrategistThroughTheSpecialistLearningPlanningAndResearch() {
		var paths = this.graph.careerPaths("officer", "strategist", 4, 5, STATED_ONLY, RoleLists.none(), CareerGraph.PathParts.ALL);
		assertThat(paths.fromFound()).isTrue();
		assertThat(paths.paths()).singleElement().satisfies(path -> {
			assertThat(path.steps()).extracting(step -> step.role().id()).containsExactly("specialist", "strategist");
			assertThat(path.steps()).extracting(CareerStep::via).containsOnly(Via.CAREER_STEP);
			assertThat(path.steps().getFirst().learn()).isEmpty();
			assertThat(path.steps().get(1).learn()).extracting(skill -> skill.id())
				.containsExactlyInAnyOrder("planning", "research");
			assertThat(path.newSkills()).isEqualTo(2);
		});
	}

	@Test
	void anInferredReportingLineIsOnlyAStepWhenInferredStepsAreAllowed() {
		assertThat(this.graph.careerPaths("officer", "manager", 4, 5, STATED_ONLY, RoleLists.none(), CareerGraph.PathParts.ALL).paths()).isEmpty();
		List<CareerPath> paths = this.graph.careerPaths("officer", "manager", 4, 5, STATED_AND_INFERRED, RoleLists.none(), CareerGraph.PathParts.ALL).paths();
		assertThat(paths).singleElement().satisfies(path -> {
			assertThat(path.steps()).singleElement().satisfies(step -> {
				assertThat(step.via()).isEqualTo(Via.REPORTING_LINE);
				assertThat(step.inferred()).isTrue();
			});
		});
	}

	@Test
	void theSpecialistIsMostLikeTheOfficer() {
		var similar = this.graph.similarRoles("officer", 3, RoleLists.none(), true, true, true).orElseThrow().data();
		assertThat(similar).extracting(role -> role.role().id()).containsExactly("specialist", "strategist");
		assertThat(similar.getFirst().skillOverlap()).isEqualTo(1.0);
		assertThat(similar.getFirst().sharedTools()).extracting(tool -> tool.id()).containsExactly("canva");
		assertThat(this.graph.similarRoles("nobody", 3, RoleLists.none(), true, true, true)).isEmpty();
	}

	@Test
	void theOfficersReportingChainGoesUpToTheManager() {
		var chain = this.graph.reportingChain("officer", true, true, RoleLists.none()).orElseThrow().data();
		assertThat(chain.above()).singleElement().satisfies(link -> {
			assertThat(link.role().id()).isEqualTo("manager");
			assertThat(link.depth()).isEqualTo(1);
			assertThat(link.inferred()).isTrue();
		});
		assertThat(chain.below()).isEmpty();
	}

	@Test
	void writingAndAnalyticsMatchTheOfficerAndTheSpecialistFully() {
		var matches = this.graph.matchRoles(List.of("writing", "analytics"), 2, RoleLists.none()).matches();
		assertThat(matches).extracting(match -> match.role().id()).containsExactlyInAnyOrder("officer", "specialist");
		assertThat(matches).allSatisfy(match -> assertThat(match.essentialCoverage()).isEqualTo(1.0));
	}

}
