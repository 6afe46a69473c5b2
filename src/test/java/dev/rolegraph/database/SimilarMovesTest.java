package dev.rolegraph.database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role keeps its best k moves (here k = 3) on a random graph of 40 roles in families that share skills: the
 * stored moves equal those worked out pair by pair in plain Java from the same requirements (every pair scored,
 * each role's best three, the union), and after random curator-like changes (a requirement added, one removed,
 * essential flipped, a role deleted), refreshing only the changed roles leaves the moves equal to a refresh from
 * scratch.
 */
@GraphTest
class SimilarMovesTest {

	private static final int K = 3;

	private static final double THRESHOLD = 0.2;

	@Autowired
	private Neo4jClient client;

	@Autowired
	private Driver driver;

	@Autowired
	private GraphSchema schema;

	private SimilarMoves moves;

	private final Random random = new Random(23);

	/** role -> skill -> essential. */
	private final Map<String, Map<String, Boolean>> requires = new TreeMap<>();

	@BeforeEach
	void randomGraphInFamilies() {
		this.moves = new SimilarMoves(this.driver, this.schema, new StartupLock(this.driver), 1, 1, 1, THRESHOLD, K);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int index = 0; index < 40; index++) {
			String role = id(index);
			Map<String, Boolean> skills = new TreeMap<>();
			int family = index / 8;
			while (skills.size() < 6) {
				int skill = this.random.nextInt(4) == 0 ? this.random.nextInt(60) : family * 10 + this.random.nextInt(10);
				skills.put("s" + skill, this.random.nextBoolean());
			}
			this.requires.put(role, skills);
			skills.forEach((skill, essential) -> rows.add(Map.of("role", role, "skill", skill, "essential", essential)));
		}
		this.client.query("""
				UNWIND $rows AS row
				MERGE (r:Role {id: row.role}) ON CREATE SET r.kind = 'ROLE'
				MERGE (s:Skill {id: row.skill})
				CREATE (r)-[:REQUIRES {essential: row.essential, cites: [row.role + ':' + row.skill]}]->(s)""")
			.bind(rows)
			.to("rows")
			.run();
		this.moves.refreshAll(this::rows);
	}

	private static String id(int role) {
		return "r%02d".formatted(role);
	}

	private List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

	private Map<String, Double> stored() {
		Map<String, Double> pairs = new TreeMap<>();
		this.client.query("MATCH (a:Role)-[m:SIMILAR_TO]->(b:Role) RETURN a.id + '~' + b.id AS pair, m.score AS score")
			.fetch()
			.all()
			.forEach(row -> pairs.put((String) row.get("pair"), (Double) row.get("score")));
		return pairs;
	}

	private Map<String, Double> fromScratch() {
		this.moves.refreshAll(this::rows);
		return stored();
	}

	/** Every pair scored in Java: the mean of essential and all-skill Jaccard; each role's best K; their union. */
	private Map<String, Double> workedOutByHand() {
		Map<String, List<Map.Entry<String, Double>>> candidates = new HashMap<>();
		for (String a : this.requires.keySet()) {
			for (String b : this.requires.keySet()) {
				if (a.equals(b)) {
					continue;
				}
				double score = (jaccard(essential(a), essential(b)) + jaccard(this.requires.get(a).keySet(),
						this.requires.get(b).keySet())) / 2;
				if (score >= THRESHOLD) {
					candidates.computeIfAbsent(a, unused -> new ArrayList<>()).add(Map.entry(b, score));
				}
			}
		}
		Map<String, Double> pairs = new TreeMap<>();
		candidates.forEach((a, list) -> list.stream()
			.sorted(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
				.thenComparing(Map.Entry::getKey))
			.limit(K)
			.forEach(best -> pairs.put(a.compareTo(best.getKey()) < 0 ? a + "~" + best.getKey() : best.getKey() + "~" + a,
					best.getValue())));
		return pairs;
	}

	private Set<String> essential(String role) {
		Set<String> essential = new TreeSet<>();
		this.requires.get(role).forEach((skill, isEssential) -> {
			if (isEssential) {
				essential.add(skill);
			}
		});
		return essential;
	}

	private static double jaccard(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		int union = a.size() + b.size() - both.size();
		return union == 0 ? 0 : (double) both.size() / union;
	}

	@Test
	void eachRoleKeepsItsBestThreeAndAPairIsAMoveWhenEitherKeepsIt() {
		Map<String, Double> stored = stored();
		Map<String, Double> expected = workedOutByHand();
		assertThat(stored.keySet()).isEqualTo(expected.keySet());
		expected.forEach((pair, score) -> assertThat(stored.get(pair)).as(pair).isCloseTo(score,
				org.assertj.core.data.Offset.offset(1e-9)));
		// Sparse: no role keeps more than K, so there are at most K moves per role.
		assertThat(stored).hasSizeLessThanOrEqualTo(40 * K).isNotEmpty();
	}

	@Test
	void refreshingOnlyTheChangedRolesEqualsARefreshFromScratchAfterEveryChange() {
		for (int change = 0; change < 16; change++) {
			String role = id(this.random.nextInt(40));
			if (!this.requires.containsKey(role)) {
				continue;
			}
			SimilarMoves.Pending pending = this.moves.before(this::rows, List.of(role));
			switch (change % 4) {
				case 0 -> {
					String skill = "s" + this.random.nextInt(60);
					this.client.query("""
							MATCH (r:Role {id: $role}) MERGE (s:Skill {id: $skill})
							MERGE (r)-[x:REQUIRES]->(s) SET x.essential = true""")
						.bindAll(Map.of("role", role, "skill", skill))
						.run();
					this.requires.get(role).put(skill, true);
				}
				case 1 -> {
					String skill = this.requires.get(role).keySet().iterator().next();
					this.client.query("MATCH (:Role {id: $role})-[x:REQUIRES]->(:Skill {id: $skill}) DELETE x")
						.bindAll(Map.of("role", role, "skill", skill))
						.run();
					this.requires.get(role).remove(skill);
				}
				case 2 -> {
					this.client.query("MATCH (:Role {id: $role})-[x:REQUIRES]->() SET x.essential = NOT x.essential")
						.bind(role)
						.to("role")
						.run();
					this.requires.get(role).replaceAll((skill, essential) -> !essential);
				}
				default -> {
					this.client.query("MATCH (r:Role {id: $role}) DETACH DELETE r").bind(role).to("role").run();
					this.requires.remove(role);
				}
			}
			pending.after();
			Map<String, Double> incremental = stored();
			assertThat(incremental).as("after change %d to %s", change, role).isEqualTo(fromScratch());
			assertThat(incremental.keySet()).isEqualTo(workedOutByHand().keySet());
		}
	}

}
