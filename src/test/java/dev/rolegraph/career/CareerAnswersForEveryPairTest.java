package dev.rolegraph.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every ordered pair of the five article roles, the best career path on the seed graph with similarity moves
 * allowed, and the paths without them as they were.
 */
class CareerAnswersForEveryPairTest extends ApiTest {

	private static final List<String> ARTICLE_ROLES = List.of("social-media-manager", "social-media-specialist",
			"social-media-strategist", "social-media-officer", "community-manager");

	/**
	 * The best path of each ordered pair with the default similarity settings (weights 1, 1, 1; threshold 0.2): each
	 * line read against the seed, e.g. Officer to Strategist goes through the Specialist (an inferred career step
	 * that is also a similarity move of 0.25), learning the Strategist's 2 missing skills and 13 the Specialist adds.
	 */
	private static final List<String> BEST_PATHS = List.of(
			"social-media-manager -> social-media-specialist: social-media-specialist [STEP_DOWN; SIMILARITY(0.41)]; learn 8 (target 8 + along the way 0), not stated 1",
			"social-media-manager -> social-media-strategist: social-media-specialist [STEP_DOWN; SIMILARITY(0.41)] -> social-media-strategist [ADVANCEMENT; CAREER_STEP(inferred)]; learn 10 (target 2 + along the way 8), not stated 2",
			"social-media-manager -> social-media-officer: social-media-officer [STEP_DOWN; SIMILARITY(0.24)]; learn 4 (target 4 + along the way 0), not stated 1",
			"social-media-manager -> community-manager: none",
			"social-media-specialist -> social-media-manager: social-media-manager [ADVANCEMENT; CAREER_STEP(inferred) | REPORTING_LINE(inferred) | SIMILARITY(0.41)]; learn 6 (target 6 + along the way 0), not stated 1",
			"social-media-specialist -> social-media-strategist: social-media-strategist [ADVANCEMENT; CAREER_STEP(inferred)]; learn 2 (target 2 + along the way 0), not stated 1",
			"social-media-specialist -> social-media-officer: social-media-officer [STEP_DOWN; SIMILARITY(0.25)]; learn 3 (target 3 + along the way 0), not stated 1",
			"social-media-specialist -> community-manager: none",
			"social-media-strategist -> social-media-manager: none",
			"social-media-strategist -> social-media-specialist: none",
			"social-media-strategist -> social-media-officer: none",
			"social-media-strategist -> community-manager: none",
			"social-media-officer -> social-media-manager: social-media-manager [ADVANCEMENT; SIMILARITY(0.24)]; learn 12 (target 12 + along the way 0), not stated 1",
			"social-media-officer -> social-media-specialist: social-media-specialist [ADVANCEMENT; CAREER_STEP(inferred) | SIMILARITY(0.25)]; learn 13 (target 13 + along the way 0), not stated 1",
			"social-media-officer -> social-media-strategist: social-media-specialist [ADVANCEMENT; CAREER_STEP(inferred) | SIMILARITY(0.25)] -> social-media-strategist [ADVANCEMENT; CAREER_STEP(inferred)]; learn 15 (target 2 + along the way 13), not stated 2",
			"social-media-officer -> community-manager: none",
			"community-manager -> social-media-manager: none",
			"community-manager -> social-media-specialist: none",
			"community-manager -> social-media-strategist: none",
			"community-manager -> social-media-officer: none");

	private static final String BEST = """
			query Best($from: ID!, $to: ID!, $moves: [MoveKind!]) {
			  careerPaths(from: $from, to: $to, maxSteps: 6, first: 1, moves: $moves) {
			    newSkills targetGap addedAlongTheWay movesNotStated
			    steps { role { id } move ways { via inferred score } }
			  }
			}""";

	private static final String SKILL_GAP = """
			query Gap($from: ID!, $to: ID!) { skillGap(from: $from, to: $to) { missing { skill { id } } } }""";

	private String best(String from, String to, List<String> moves) {
		List<Map<String, Object>> paths = this.graphQl.document(BEST)
			.variable("from", from)
			.variable("to", to)
			.variable("moves", moves)
			.execute()
			.path("careerPaths")
			.entityList(Map.class)
			.get()
			.stream()
			.map(path -> (Map<String, Object>) path)
			.toList();
		if (paths.isEmpty()) {
			return from + " -> " + to + ": none";
		}
		Map<String, Object> path = paths.getFirst();
		List<String> steps = new ArrayList<>();
		for (Object value : (List<?>) path.get("steps")) {
			Map<?, ?> step = (Map<?, ?>) value;
			List<String> ways = new ArrayList<>();
			for (Object way : (List<?>) step.get("ways")) {
				Map<?, ?> w = (Map<?, ?>) way;
				ways.add(w.get("via") + (Boolean.TRUE.equals(w.get("inferred")) && !"SIMILARITY".equals(w.get("via"))
						? "(inferred)" : "") + (w.get("score") == null ? ""
								: String.format(java.util.Locale.ROOT, "(%.2f)", ((Number) w.get("score")).doubleValue())));
			}
			steps.add(((Map<?, ?>) step.get("role")).get("id") + " [" + step.get("move") + "; " + String.join(" | ", ways)
					+ "]");
		}
		return from + " -> " + to + ": " + String.join(" -> ", steps) + "; learn " + path.get("newSkills") + " (target "
				+ path.get("targetGap") + " + along the way " + path.get("addedAlongTheWay") + "), not stated "
				+ path.get("movesNotStated");
	}

	@Test
	void everyPairOfArticleRolesHasItsBestPathWithSimilarityMovesAllowed() {
		List<String> answers = new ArrayList<>();
		for (String from : ARTICLE_ROLES) {
			for (String to : ARTICLE_ROLES) {
				if (!from.equals(to)) {
					answers.add(best(from, to, List.of("STATED", "INFERRED", "SIMILARITY")));
				}
			}
		}
		assertThat(answers).containsExactlyElementsOf(BEST_PATHS);
	}

	@Test
	void withoutSimilarityMovesNoStepIsASimilarityMoveAndTheDefaultIsStatedAndInferredSteps() {
		for (String from : ARTICLE_ROLES) {
			for (String to : ARTICLE_ROLES) {
				if (!from.equals(to)) {
					String byDefault = best(from, to, null);
					assertThat(byDefault).doesNotContain("SIMILARITY");
					assertThat(best(from, to, List.of("STATED", "INFERRED"))).isEqualTo(byDefault);
				}
			}
		}
	}

	@Test
	void aPathsTargetGapIsTheSkillGapOfTheTarget() {
		for (String from : ARTICLE_ROLES) {
			for (String to : ARTICLE_ROLES) {
				if (from.equals(to)) {
					continue;
				}
				List<Object> paths = this.graphQl.document(BEST)
					.variable("from", from)
					.variable("to", to)
					.variable("moves", List.of("STATED", "INFERRED", "SIMILARITY"))
					.execute()
					.path("careerPaths")
					.entityList(Object.class)
					.get();
				if (paths.isEmpty()) {
					continue;
				}
				int targetGap = ((Number) ((Map<?, ?>) paths.getFirst()).get("targetGap")).intValue();
				this.graphQl.document(SKILL_GAP)
					.variable("from", from)
					.variable("to", to)
					.execute()
					.path("skillGap.missing")
					.entityList(Object.class)
					.hasSize(targetGap);
			}
		}
	}

	@Test
	void similarRolesExplainThemselvesLikeASimilarityMove() {
		var answer = this.graphQl.document("""
				{ similarRoles(id: "social-media-officer", first: 10) {
				    role { id } moveScore
				    sharedRequirements { skill { id } fromCitations { sourceId } toCitations { sourceId } } } }""")
			.execute();
		answer.path("similarRoles[?(@.role.id == 'social-media-specialist')].moveScore")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores).singleElement().satisfies(score -> assertThat(score).isBetween(0.25, 0.26)));
		answer.path("similarRoles[?(@.role.id == 'social-media-strategist')].moveScore")
			.entityList(Object.class)
			.satisfies(scores -> assertThat(scores).containsOnlyNulls());
		answer.path("similarRoles[?(@.role.id == 'social-media-specialist')].sharedRequirements[*].fromCitations[0].sourceId")
			.entityList(String.class)
			.satisfies(sources -> assertThat(sources).isNotEmpty().containsOnly("001"));
		answer.path("similarRoles[?(@.role.id == 'social-media-specialist')].sharedRequirements[*].toCitations")
			.entityList(Object.class)
			.satisfies(citations -> assertThat(citations).isNotEmpty().doesNotContain(List.of()));
	}

	@Test
	void noMovesAtAllIsABadRequestNamingMoves() {
		this.graphQl.document(BEST)
			.variable("from", "social-media-officer")
			.variable("to", "social-media-manager")
			.variable("moves", List.of())
			.execute()
			.errors()
			.expect(error -> "moves".equals(error.getExtensions().get("argument")))
			.verify();
		this.graphQl.document("""
				{ careerPaths(from: "social-media-officer", to: "social-media-manager", moves: [INFERRED],
				    includeInferred: false) { length } }""")
			.execute()
			.errors()
			.expect(error -> "moves".equals(error.getExtensions().get("argument")))
			.verify();
	}

}
