package dev.rolegraph.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the similarity moves between job roles: a {@code SIMILAR_TO} relationship (one per pair, read in both
 * directions) between two roles of kind ROLE, never teams, whose requirements are similar enough, after the Career
 * Causeways method (Nesta, 2020) that derives viable transitions between ESCO occupations from the overlap of their
 * essential skills, all their skills and their work activities. Here each measure is the Jaccard overlap of the two
 * roles' essential skills, of all their skills, and of their responsibilities; the score is their weighted average
 * over the measures either role has anything for; a pair at or above the threshold is a candidate. Each role keeps
 * its best {@code k} candidates (score, then the other role's id), so the move graph stays sparse on a taxonomy of
 * thousands of occupations: a pair is a move when either of its roles keeps it, and the move lists them in
 * {@code keptBy}. A move is derived, never stated ({@code inferred}); it cites the requirements and duties the two
 * roles share.
 * <p>
 * Every writer of REQUIRES or HAS_RESPONSIBILITY asks for the moves of the roles it changes, in its own transaction:
 * {@link #before} before the write notes the roles that keep a move to them, {@link Pending#after} after it scores
 * again those roles, the changed ones, and every role whose best {@code k} the changed roles' new scores can enter,
 * so the stored moves always equal {@link #refreshAll} from scratch. The pair scores are Cypher that starts from
 * each role's own skills and duties: the work follows the pairs that share something, never all pairs.
 */
@Component
public class SimilarMoves implements InitializingBean {

	public static final String TYPE = "SIMILAR_TO";

	/** What the stored moves were computed with, besides the settings: a change here recomputes them at start. */
	private static final String MODEL = "top-k/1";

	private static final Logger log = LoggerFactory.getLogger(SimilarMoves.class);

	/** Roles scored per statement when all are computed: small enough for a progress line every few seconds. */
	private static final int BATCH = 250;

	/** A statement run in the caller's transaction, with its rows. */
	@FunctionalInterface
	public interface Statements {

		List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

		/** In a driver transaction. */
		static Statements on(TransactionContext tx) {
			return (cypher, parameters) -> tx.run(cypher, parameters).list(Record::asMap);
		}

		/** In the transaction Spring holds for {@code client} (curation's, the import's). */
		static Statements on(Neo4jClient client) {
			return (cypher, parameters) -> List.copyOf(client.query(cypher).bindAll(parameters).fetch().all());
		}

	}

	/** How many essential requirements each job role has, the one count a degree look-up cannot give. */
	private static final String ESSENTIAL_COUNTS = """
			MATCH (r:Role)-[x:REQUIRES]->() WHERE r.kind = 'ROLE' AND coalesce(x.essential, true)
			RETURN r.id AS id, count(*) AS n""";

	/**
	 * For each role of {@code $roles}, its best {@code $k} candidates at or above the threshold: every job role that
	 * shares a skill or a duty with it, found from its own skills and duties, scored from the counts of what they
	 * share and the two roles' totals (relationship degrees, and {@code $essential} for essential requirements).
	 */
	static final String BEST_CANDIDATES = """
			UNWIND $roles AS roleId
			MATCH (a:Role {id: roleId}) WHERE a.kind = 'ROLE'
			CALL (a) {
			  CALL (a) {
			    MATCH (a)-[x:REQUIRES]->(:Skill)<-[y:REQUIRES]-(b:Role) WHERE b <> a AND b.kind = 'ROLE'
			    RETURN b, 1 AS skill, toInteger(coalesce(x.essential, true) AND coalesce(y.essential, true)) AS essential,
			      0 AS duty
			    UNION ALL
			    MATCH (a)-[:HAS_RESPONSIBILITY]->(:Responsibility)<-[:HAS_RESPONSIBILITY]-(b:Role)
			    WHERE b <> a AND b.kind = 'ROLE'
			    RETURN b, 0 AS skill, 0 AS essential, 1 AS duty
			  }
			  WITH b, sum(skill) AS bothSkills, sum(essential) AS bothEssential, sum(duty) AS bothDuties
			  WITH b, bothSkills, bothEssential, bothDuties,
			    coalesce($essential[a.id], 0) + coalesce($essential[b.id], 0) AS essentialTotal,
			    COUNT { (a)-[:REQUIRES]->() } + COUNT { (b)-[:REQUIRES]->() } AS skillTotal,
			    COUNT { (a)-[:HAS_RESPONSIBILITY]->() } + COUNT { (b)-[:HAS_RESPONSIBILITY]->() } AS dutyTotal
			  WITH b, bothSkills,
			    CASE WHEN essentialTotal = 0 THEN null ELSE toFloat(bothEssential) / (essentialTotal - bothEssential) END AS essential,
			    CASE WHEN skillTotal = 0 THEN null ELSE toFloat(bothSkills) / (skillTotal - bothSkills) END AS skills,
			    CASE WHEN dutyTotal = 0 THEN null ELSE toFloat(bothDuties) / (dutyTotal - bothDuties) END AS duties
			  WITH b, bothSkills, essential, skills, duties,
			    CASE WHEN essential IS NULL THEN 0.0 ELSE $essentialWeight END
			      + CASE WHEN skills IS NULL THEN 0.0 ELSE $skillsWeight END
			      + CASE WHEN duties IS NULL THEN 0.0 ELSE $dutiesWeight END AS weights
			  WHERE weights > 0
			  WITH b, bothSkills, essential, skills, duties,
			    (coalesce(essential, 0.0) * $essentialWeight + coalesce(skills, 0.0) * $skillsWeight
			      + coalesce(duties, 0.0) * $dutiesWeight) / weights AS score
			  WHERE score >= $threshold
			  RETURN b, bothSkills, essential, skills, duties, score
			  ORDER BY score DESC, b.id
			  LIMIT $k
			}
			RETURN a.id AS a, b.id AS b, score, essential, skills, duties, bothSkills""";

	/**
	 * The kept candidates as moves: one relationship per pair from the lower id to the higher, created or updated,
	 * with the keeping role added to {@code keptBy}; it cites what the two roles share.
	 */
	private static final String KEEP = """
			UNWIND $rows AS row
			MATCH (a:Role {id: row.a}), (b:Role {id: row.b})
			WITH row, a, b, CASE WHEN a.id < b.id THEN a ELSE b END AS low, CASE WHEN a.id < b.id THEN b ELSE a END AS high
			MERGE (low)-[m:SIMILAR_TO]->(high)
			ON CREATE SET m.keptBy = [], m.inferred = true, m.origin = 'similarity'
			SET m.score = row.score, m.essential = row.essential, m.skills = row.skills, m.duties = row.duties,
			  m.sharedSkills = row.bothSkills,
			  m.keptBy = CASE WHEN row.a IN m.keptBy THEN m.keptBy ELSE m.keptBy + row.a END,
			  m.cites = COLLECT { MATCH (a)-[x:REQUIRES|HAS_RESPONSIBILITY]->(shared)<-[y:REQUIRES|HAS_RESPONSIBILITY]-(b)
			                      UNWIND coalesce(x.cites, []) + coalesce(y.cites, []) AS cite
			                      RETURN DISTINCT cite ORDER BY cite }""";

	/** The roles that keep a move to one of {@code $roles}. */
	private static final String KEEPERS = """
			UNWIND $roles AS roleId
			MATCH (:Role {id: roleId})-[m:SIMILAR_TO]-(x:Role) WHERE x.id IN m.keptBy
			RETURN DISTINCT x.id AS id""";

	/**
	 * Of the candidates {@code $rows} ({@code {b, score}}), the roles whose best {@code $k} the score can enter: they
	 * keep fewer than {@code $k} moves, or one scored no higher.
	 */
	private static final String ENTERED = """
			UNWIND $rows AS row
			MATCH (x:Role {id: row.b})
			WITH x, row, [(x)-[m:SIMILAR_TO]-() WHERE x.id IN m.keptBy | m.score] AS kept
			WHERE size(kept) < $k OR any(score IN kept WHERE score <= row.score)
			RETURN DISTINCT x.id AS id""";

	/** Takes {@code $roles} out of the moves they keep; a move no role keeps any more goes. */
	private static final String RELEASE = """
			UNWIND $roles AS roleId
			MATCH (:Role {id: roleId})-[m:SIMILAR_TO]-()
			WITH DISTINCT m
			SET m.keptBy = [id IN coalesce(m.keptBy, []) WHERE NOT id IN $roles]
			WITH m WHERE size(m.keptBy) = 0
			DELETE m""";

	private static final String DROP_ALL = "MATCH ()-[m:SIMILAR_TO]->() DELETE m";

	private static final String JOB_ROLES = "MATCH (r:Role) WHERE r.kind = 'ROLE' RETURN r.id AS id ORDER BY id";

	private static final String STATE = "MATCH (m:SeedState {id: 'similar-moves'}) RETURN m.settings AS settings";

	private static final String RECORD_SETTINGS = "MERGE (m:SeedState {id: 'similar-moves'}) SET m.settings = $settings";

	private final Driver driver;

	private final double essentialWeight;

	private final double skillsWeight;

	private final double dutiesWeight;

	private final double threshold;

	private final int keep;

	private final StartupLock startup;

	SimilarMoves(Driver driver, GraphSchema schema, StartupLock startup,
			@Value("${rolegraph.moves.essential-skills-weight:1}") double essentialWeight,
			@Value("${rolegraph.moves.all-skills-weight:1}") double skillsWeight,
			@Value("${rolegraph.moves.responsibilities-weight:1}") double dutiesWeight,
			@Value("${rolegraph.moves.threshold:0.2}") double threshold,
			@Value("${rolegraph.moves.per-role:10}") int keep) {
		this.driver = driver;
		this.startup = startup;
		this.essentialWeight = essentialWeight;
		this.skillsWeight = skillsWeight;
		this.dutiesWeight = dutiesWeight;
		this.threshold = threshold;
		this.keep = keep;
		if (essentialWeight < 0 || skillsWeight < 0 || dutiesWeight < 0 || essentialWeight + skillsWeight + dutiesWeight == 0
				|| threshold <= 0 || threshold > 1 || keep < 1) {
			throw new IllegalArgumentException("rolegraph.moves: weights must be 0 or more, not all 0, the "
					+ "threshold above 0 and at most 1, and per-role at least 1");
		}
	}

	/** The weights, threshold and k in one string, to tell whether the stored moves were computed with them. */
	String settings() {
		return String.format(Locale.ROOT, "essential=%s skills=%s duties=%s threshold=%s k=%d model=%s",
				this.essentialWeight, this.skillsWeight, this.dutiesWeight, this.threshold, this.keep, MODEL);
	}

	/** A graph whose moves were computed with other settings, or never, has all its moves computed again. */
	@Override
	public void afterPropertiesSet() {
		this.startup.during("the similarity moves", this::atStart);
	}

	private void atStart() {
		try (var session = this.driver.session()) {
			String stored = session.executeRead(tx -> tx.run(STATE).list(row -> row.get("settings").asString(null)))
				.stream()
				.findFirst()
				.orElse(null);
			if (!settings().equals(stored)) {
				session.executeWriteWithoutResult(tx -> {
					refreshAll(Statements.on(tx));
					tx.run(RECORD_SETTINGS, Map.of("settings", settings())).consume();
					tx.run(GraphVersion.ADVANCE).consume();
				});
				log.info("Similarity moves computed with {} (stored: {})", settings(), stored);
			}
		}
	}

	/** Drops and computes again the moves of {@code roleIds}, in the caller's transaction, after a write. */
	public void refresh(Statements tx, Collection<String> roleIds) {
		before(tx, roleIds).after();
	}

	/** Notes, before a write that changes the requirements or duties of {@code roleIds}, who keeps moves to them. */
	public Pending before(Statements tx, Collection<String> roleIds) {
		List<String> roles = List.copyOf(new LinkedHashSet<>(roleIds));
		List<String> keepers = roles.isEmpty() ? List.of() : ids(tx.run(KEEPERS, Map.of("roles", roles)));
		return new Pending(tx, roles, keepers);
	}

	/** A refresh begun by {@link #before}. */
	public final class Pending {

		private final Statements tx;

		private final List<String> changed;

		private final List<String> keepers;

		private Pending(Statements tx, List<String> changed, List<String> keepers) {
			this.tx = tx;
			this.changed = changed;
			this.keepers = keepers;
		}

		/** After the write: scores again every role whose best k it can change, and stores their moves. */
		public void after() {
			if (this.changed.isEmpty()) {
				return;
			}
			if (this.changed.size() >= BATCH) {
				// An import of many roles: from scratch, in batches with progress lines, is the same answer, sooner.
				refreshAll(this.tx);
				return;
			}
			Map<String, Object> essential = essentialCounts(this.tx);
			Set<String> rescored = new LinkedHashSet<>(this.changed);
			rescored.addAll(this.keepers);
			List<Map<String, Object>> candidates = this.tx.run(BEST_CANDIDATES,
					parameters(this.changed, essential, Integer.MAX_VALUE));
			if (!candidates.isEmpty()) {
				rescored.addAll(ids(this.tx.run(ENTERED, Map.of("rows", candidates, "k", SimilarMoves.this.keep))));
			}
			List<String> roles = List.copyOf(rescored);
			this.tx.run(RELEASE, Map.of("roles", roles));
			keep(this.tx, roles, essential);
		}

	}

	/** Computes every move again in a transaction of its own (the command {@code moves refresh}). */
	public int refreshAll() {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> {
				int moves = refreshAll(Statements.on(tx));
				tx.run(GraphVersion.ADVANCE).consume();
				return moves;
			});
		}
	}

	/** Drops every move and computes all again, in the caller's transaction, with a progress line every 2 s. */
	public int refreshAll(Statements tx) {
		long started = System.nanoTime();
		tx.run(DROP_ALL, Map.of());
		List<String> roles = ids(tx.run(JOB_ROLES, Map.of()));
		Map<String, Object> essential = essentialCounts(tx);
		long lastLine = started;
		int kept = 0;
		for (int from = 0; from < roles.size(); from += BATCH) {
			kept += keep(tx, roles.subList(from, Math.min(roles.size(), from + BATCH)), essential);
			long now = System.nanoTime();
			int done = Math.min(roles.size(), from + BATCH);
			if (done == roles.size() || now - lastLine > 2_000_000_000L) {
				lastLine = now;
				log.info(String.format(Locale.ROOT, "Similarity moves: %,d of %,d roles scored, %,d kept choices, %.1f s",
						done, roles.size(), kept, (now - started) / 1e9));
			}
		}
		long moves = (Long) tx.run("MATCH ()-[m:SIMILAR_TO]->() RETURN count(m) AS n", Map.of()).getFirst().get("n");
		log.info(String.format(Locale.ROOT, "Similarity moves: %,d between %,d job roles (each keeps its best %d at "
				+ "or above %s) in %.1f s", moves, roles.size(), this.keep, this.threshold, (System.nanoTime() - started) / 1e9));
		return (int) moves;
	}

	/** Stores the best k candidates of each of {@code roles}; returns how many were kept. */
	private int keep(Statements tx, List<String> roles, Map<String, Object> essential) {
		if (roles.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> best = tx.run(BEST_CANDIDATES, parameters(roles, essential, this.keep));
		if (!best.isEmpty()) {
			tx.run(KEEP, Map.of("rows", best));
		}
		return best.size();
	}

	private Map<String, Object> parameters(List<String> roles, Map<String, Object> essential, int k) {
		return Map.of("roles", roles, "essential", essential, "k", k, "essentialWeight", this.essentialWeight,
				"skillsWeight", this.skillsWeight, "dutiesWeight", this.dutiesWeight, "threshold", this.threshold);
	}

	private static Map<String, Object> essentialCounts(Statements tx) {
		Map<String, Object> counts = new java.util.HashMap<>();
		tx.run(ESSENTIAL_COUNTS, Map.of()).forEach(row -> counts.put((String) row.get("id"), row.get("n")));
		return counts;
	}

	private static List<String> ids(List<Map<String, Object>> rows) {
		List<String> ids = new ArrayList<>(rows.size());
		rows.forEach(row -> ids.add((String) row.get("id")));
		return ids;
	}

}
