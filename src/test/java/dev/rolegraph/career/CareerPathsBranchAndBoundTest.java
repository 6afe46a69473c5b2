package dev.rolegraph.career;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.MoveKind;
import dev.rolegraph.database.GraphTest;
import dev.rolegraph.role.RoleLists;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * careerPaths prunes partial paths by their skills to learn so far, yet finds exactly the paths that listing every
 * path and ranking them all finds (the brute force below, the statement careerPaths ran before the bound), at every
 * step bound up to 8 and for several {@code first}: on a graph built so that a greedy search fails (the cheapest
 * first moves lead to the costliest paths, and the best path takes a costly-looking first move), and on random
 * graphs of career steps, inferred steps and similarity moves.
 */
@GraphTest
@Transactional(timeout = 120)
class CareerPathsBranchAndBoundTest {

	/** Every simple path of at most {@code $max} moves, ranked: the statement careerPaths ran before the bound. */
	private static final String BRUTE_FORCE = """
			CYPHER 25
			MATCH (source:Role {id: $from}), (target:Role {id: $to})
			WITH source, target, COLLECT { MATCH (source)-[:REQUIRES]->(s) RETURN s } AS start
			MATCH p = (source) ((a)-[step:PROGRESSES_TO|REPORTS_TO|SIMILAR_TO]-(n)
			  WHERE CASE WHEN type(step) = 'SIMILAR_TO' THEN $similarity
			    ELSE startNode(step) = a AND CASE WHEN coalesce(step.inferred, false) THEN $inferred ELSE $stated END END){1,8} (target)
			WHERE length(p) <= $max AND allReduce(walk = {roles: [source], revisits: false}, x IN n |
			                {roles: walk.roles + x, revisits: x IN walk.roles}, NOT walk.revisits)
			WITH start, nodes(p) AS ns,
			  min(size([r IN relationships(p) WHERE type(r) = 'SIMILAR_TO' OR coalesce(r.inferred, false)])) AS notStated
			WITH ns, notStated,
			  COUNT { UNWIND ns[1..] AS x MATCH (x)-[:REQUIRES]->(s) WHERE NOT s IN start RETURN DISTINCT s } AS newSkills
			RETURN [x IN ns[1..] | x.id] AS roles, newSkills, notStated
			ORDER BY newSkills, notStated, size(ns), [x IN ns | x.nameEn]
			LIMIT $first""";

	private static final Set<MoveKind> ALL_MOVES = EnumSet.allOf(MoveKind.class);

	@Autowired
	private CareerGraph graph;

	@Autowired
	private Neo4jClient client;

	/** What a path is, for comparing: its roles after the start, skills to learn, moves not stated. */
	record Found(List<String> roles, long newSkills, long notStated) {
	}

	private List<Found> bruteForce(String from, String to, int maxSteps, int first, Set<MoveKind> moves) {
		return List.copyOf(this.client.query(BRUTE_FORCE)
			.bindAll(Map.of("from", from, "to", to, "max", maxSteps, "first", first, "stated", moves.contains(MoveKind.STATED),
					"inferred", moves.contains(MoveKind.INFERRED), "similarity", moves.contains(MoveKind.SIMILARITY)))
			.fetchAs(Found.class)
			.mappedBy((types, row) -> new Found(row.get("roles").asList(value -> value.asString()),
					row.get("newSkills").asLong(), row.get("notStated").asLong()))
			.all());
	}

	private List<Found> searched(String from, String to, int maxSteps, int first, Set<MoveKind> moves) {
		List<CareerPath> paths = this.graph.careerPaths(from, to, maxSteps, first, moves, RoleLists.none(), CareerGraph.PathParts.ALL).paths();
		return paths.stream()
			.map(path -> new Found(path.steps().stream().map(step -> step.role().id()).toList(), path.newSkills(),
					path.movesNotStated()))
			.toList();
	}

	@Test
	void aGreedyFirstMoveIsNotTheBestPathAndTheSearchStillFindsTheBest() {
		// start -> cheap1 (no new skill) -> cheap2 (no new skill) -> costly (4 new) -> target
		// start -> dear (2 new skills, all of them the target's) -> target: fewer skills overall, found despite its first move.
		this.client.query("""
				CREATE (start:Role {id: 'g-start', kind: 'ROLE', nameEn: 'A start'})
				CREATE (target:Role {id: 'g-target', kind: 'ROLE', nameEn: 'Z target'})
				CREATE (cheap1:Role {id: 'g-cheap1', kind: 'ROLE', nameEn: 'B cheap'})
				CREATE (cheap2:Role {id: 'g-cheap2', kind: 'ROLE', nameEn: 'C cheap'})
				CREATE (costly:Role {id: 'g-costly', kind: 'ROLE', nameEn: 'D costly'})
				CREATE (dear:Role {id: 'g-dear', kind: 'ROLE', nameEn: 'E dear'})
				CREATE (known:Skill {id: 'g-known'}), (t1:Skill {id: 'g-t1'}), (t2:Skill {id: 'g-t2'})
				CREATE (start)-[:REQUIRES]->(known), (cheap1)-[:REQUIRES]->(known), (cheap2)-[:REQUIRES]->(known)
				CREATE (target)-[:REQUIRES]->(t1), (target)-[:REQUIRES]->(t2), (dear)-[:REQUIRES]->(t1), (dear)-[:REQUIRES]->(t2)
				FOREACH (i IN range(1, 4) | CREATE (costly)-[:REQUIRES]->(:Skill {id: 'g-c' + i}))
				CREATE (start)-[:PROGRESSES_TO]->(cheap1), (cheap1)-[:PROGRESSES_TO]->(cheap2),
				  (cheap2)-[:PROGRESSES_TO]->(costly), (costly)-[:PROGRESSES_TO]->(target)
				CREATE (start)-[:PROGRESSES_TO {inferred: true}]->(dear), (dear)-[:PROGRESSES_TO {inferred: true}]->(target)""")
			.run();
		List<Found> best = searched("g-start", "g-target", 4, 3, ALL_MOVES);
		assertThat(best).isEqualTo(bruteForce("g-start", "g-target", 4, 3, ALL_MOVES));
		assertThat(best.getFirst()).isEqualTo(new Found(List.of("g-dear", "g-target"), 2, 2));
		assertThat(best.get(1)).isEqualTo(new Found(List.of("g-cheap1", "g-cheap2", "g-costly", "g-target"), 6, 0));
	}

	@Test
	void aPathCrossesFromAnArticleRoleToAnImportedOccupationThroughTheSameAsACuratorStated() {
		this.client.query("""
				CREATE (writer:Role {id: 'x-writer', kind: 'ROLE', nameEn: 'Content Writer', origin: 'seed'})
				CREATE (copy:Role {id: 'esco-occupation-x-copywriter', kind: 'ROLE', nameEn: 'copywriter', origin: 'esco'})
				CREATE (editor:Role {id: 'esco-occupation-x-editor', kind: 'ROLE', nameEn: 'editor', origin: 'esco'})
				CREATE (press:Role {id: 'esco-occupation-x-press', kind: 'ROLE', nameEn: 'press officer', origin: 'esco'})
				CREATE (writing:Skill {id: 'x-writing'}), (editing:Skill {id: 'x-editing'})
				CREATE (writer)-[:REQUIRES]->(writing), (copy)-[:REQUIRES]->(writing), (editor)-[:REQUIRES]->(writing),
				  (editor)-[:REQUIRES]->(editing), (press)-[:REQUIRES]->(writing)
				CREATE (writer)-[:SAME_AS {inferred: false, cites: ['curator:1'], origin: 'curator'}]->(copy)
				CREATE (writer)-[:SAME_AS {inferred: true, note: 'proposed by the ESCO import', origin: 'esco'}]->(press)
				CREATE (copy)-[:SIMILAR_TO {score: 0.5, inferred: true, origin: 'similarity'}]->(editor)""")
			.run();
		List<CareerPath> paths = this.graph
			.careerPaths("x-writer", "esco-occupation-x-editor", 4, 3, EnumSet.of(MoveKind.SIMILARITY), RoleLists.none(), CareerGraph.PathParts.ALL)
			.paths();
		assertThat(paths).hasSize(1);
		assertThat(paths.getFirst().steps()).extracting(step -> step.role().id(), step -> step.via())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("esco-occupation-x-copywriter", Answers.Via.SAME_OCCUPATION),
					org.assertj.core.groups.Tuple.tuple("esco-occupation-x-editor", Answers.Via.SIMILARITY));
		assertThat(paths.getFirst().movesNotStated()).isOne();
		// And back, from the taxonomy to the article role; an import's proposal is no way at all.
		assertThat(searched("esco-occupation-x-editor", "x-writer", 4, 3, EnumSet.of(MoveKind.SIMILARITY)))
			.extracting(Found::roles)
			.containsExactly(List.of("esco-occupation-x-copywriter", "x-writer"));
		assertThat(searched("x-writer", "esco-occupation-x-press", 4, 3, ALL_MOVES)).isEmpty();
	}

	@Test
	void onRandomGraphsEveryBoundAndPageSizeFindsWhatListingEveryPathFinds() {
		Random random = new Random(8);
		for (int graph = 0; graph < 2; graph++) {
			this.client.query("MATCH (n) WHERE n.id STARTS WITH 'b-' DETACH DELETE n").run();
			randomGraph(random, 11, 14);
			int compared = 0;
			for (int pair = 0; pair < 12; pair++) {
				String from = "b-" + random.nextInt(11);
				String to = "b-" + random.nextInt(11);
				if (from.equals(to)) {
					continue;
				}
				for (Set<MoveKind> moves : List.of(ALL_MOVES, EnumSet.of(MoveKind.STATED, MoveKind.INFERRED),
						EnumSet.of(MoveKind.SIMILARITY))) {
					int maxSteps = 1 + random.nextInt(8);
					int first = 1 + random.nextInt(5);
					assertThat(searched(from, to, maxSteps, first, moves))
						.as("graph %d, %s to %s, maxSteps %d, first %d, %s", graph, from, to, maxSteps, first, moves)
						.isEqualTo(bruteForce(from, to, maxSteps, first, moves));
					compared++;
				}
			}
			assertThat(compared).isGreaterThan(20);
		}
	}

	/** Roles with 2-6 of {@code skills} skills each, and random stated, inferred and similarity moves between them. */
	private void randomGraph(Random random, int roles, int skills) {
		List<Map<String, Object>> requires = new ArrayList<>();
		List<Map<String, Object>> moves = new ArrayList<>();
		for (int role = 0; role < roles; role++) {
			int count = 2 + random.nextInt(5);
			for (int i = 0; i < count; i++) {
				requires.add(Map.of("role", "b-" + role, "skill", "b-s" + random.nextInt(skills)));
			}
			for (int other = 0; other < roles; other++) {
				if (other != role && random.nextInt(7) == 0) {
					moves.add(Map.of("from", "b-" + role, "to", "b-" + other, "kind", random.nextInt(3)));
				}
			}
		}
		this.client.query("""
				UNWIND range(0, $roles - 1) AS i
				CREATE (:Role {id: 'b-' + i, kind: 'ROLE', nameEn: 'Role ' + right('0' + i, 2)})""").bind(roles).to("roles").run();
		this.client.query("""
				UNWIND $rows AS row
				MATCH (r:Role {id: row.role}) MERGE (s:Skill {id: row.skill}) MERGE (r)-[:REQUIRES]->(s)""")
			.bind(requires)
			.to("rows")
			.run();
		this.client.query("""
				UNWIND $rows AS row
				MATCH (a:Role {id: row.from}), (b:Role {id: row.to})
				FOREACH (_ IN CASE row.kind WHEN 0 THEN [1] ELSE [] END | CREATE (a)-[:PROGRESSES_TO]->(b))
				FOREACH (_ IN CASE row.kind WHEN 1 THEN [1] ELSE [] END | CREATE (a)-[:PROGRESSES_TO {inferred: true}]->(b))
				FOREACH (_ IN CASE row.kind WHEN 2 THEN [1] ELSE [] END | CREATE (a)-[:SIMILAR_TO {score: 0.5}]->(b))""")
			.bind(moves)
			.to("rows")
			.run();
	}

}
