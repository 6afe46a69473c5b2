package dev.rolegraph.database;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the similarity moves between job roles: a {@code SIMILAR_TO} relationship (one per pair, read in both
 * directions) between two roles of kind ROLE, never teams, whose requirements are similar enough, after the Career
 * Causeways method (Nesta, 2020) that derives viable transitions between ESCO occupations from the overlap of their
 * essential skills, all their skills and their work activities. Here each measure is the Jaccard overlap of the two
 * roles' essential skills, of all their skills, and of their responsibilities; the score is their weighted average
 * over the measures either role has anything for; a pair at or above the threshold is a move. A move is derived,
 * never stated ({@code inferred}); it cites the requirements and duties the two roles share, both roles' citations.
 * <p>
 * Every writer of REQUIRES or HAS_RESPONSIBILITY calls {@link #refresh} for the roles it changed, in its own
 * transaction: their moves are dropped and computed again against every role they share a skill or a duty with, so
 * the stored moves always match the graph. At start-up, a graph whose moves were computed with other weights or
 * another threshold, or never, has the moves of its cited core (seed and curated roles) computed again.
 */
@Component
public class SimilarMoves implements InitializingBean {

	public static final String TYPE = "SIMILAR_TO";

	private static final Logger log = LoggerFactory.getLogger(SimilarMoves.class);

	private static final String DROP = """
			UNWIND $roles AS roleId
			MATCH (:Role {id: roleId})-[old:SIMILAR_TO]-()
			WITH DISTINCT old
			DELETE old""";

	/** The moves of {@code $roles}: each pair once, from the lower id to the higher. */
	private static final String COMPUTE = """
			UNWIND $roles AS roleId
			MATCH (a:Role {id: roleId}) WHERE a.kind = 'ROLE'
			CALL (a) {
			  MATCH (a)-[:REQUIRES|HAS_RESPONSIBILITY]->()<-[:REQUIRES|HAS_RESPONSIBILITY]-(b:Role)
			  WHERE b <> a AND b.kind = 'ROLE'
			  RETURN DISTINCT b
			}
			WITH a, b WHERE NOT (b.id IN $roles AND b.id < a.id)
			WITH a, b,
			  COLLECT { MATCH (a)-[r:REQUIRES]->(s) WHERE coalesce(r.essential, true) RETURN s } AS ea,
			  COLLECT { MATCH (b)-[r:REQUIRES]->(s) WHERE coalesce(r.essential, true) RETURN s } AS eb,
			  COLLECT { MATCH (a)-[:REQUIRES]->(s) RETURN s } AS sa,
			  COLLECT { MATCH (b)-[:REQUIRES]->(s) RETURN s } AS sb,
			  COLLECT { MATCH (a)-[:HAS_RESPONSIBILITY]->(d) RETURN d } AS da,
			  COLLECT { MATCH (b)-[:HAS_RESPONSIBILITY]->(d) RETURN d } AS db
			WITH a, b, ea, eb, sa, sb, da, db, size([s IN ea WHERE s IN eb]) AS bothEssential,
			  size([s IN sa WHERE s IN sb]) AS bothSkills, size([d IN da WHERE d IN db]) AS bothDuties
			WITH a, b, bothSkills,
			  CASE WHEN size(ea) + size(eb) = 0 THEN null
			    ELSE toFloat(bothEssential) / (size(ea) + size(eb) - bothEssential) END AS essential,
			  CASE WHEN size(sa) + size(sb) = 0 THEN null
			    ELSE toFloat(bothSkills) / (size(sa) + size(sb) - bothSkills) END AS skills,
			  CASE WHEN size(da) + size(db) = 0 THEN null
			    ELSE toFloat(bothDuties) / (size(da) + size(db) - bothDuties) END AS duties
			WITH a, b, bothSkills, essential, skills, duties,
			  CASE WHEN essential IS NULL THEN 0.0 ELSE $essentialWeight END
			    + CASE WHEN skills IS NULL THEN 0.0 ELSE $skillsWeight END
			    + CASE WHEN duties IS NULL THEN 0.0 ELSE $dutiesWeight END AS weights
			WHERE weights > 0
			WITH a, b, bothSkills, essential, skills, duties,
			  (coalesce(essential, 0.0) * $essentialWeight + coalesce(skills, 0.0) * $skillsWeight
			    + coalesce(duties, 0.0) * $dutiesWeight) / weights AS score
			WHERE score >= $threshold
			WITH CASE WHEN a.id < b.id THEN a ELSE b END AS low, CASE WHEN a.id < b.id THEN b ELSE a END AS high,
			  score, essential, skills, duties, bothSkills,
			  COLLECT { MATCH (a)-[x:REQUIRES|HAS_RESPONSIBILITY]->(shared)<-[y:REQUIRES|HAS_RESPONSIBILITY]-(b)
			            UNWIND coalesce(x.cites, []) + coalesce(y.cites, []) AS cite
			            RETURN DISTINCT cite ORDER BY cite } AS cites
			CREATE (low)-[:SIMILAR_TO {score: score, essential: essential, skills: skills, duties: duties,
			                           sharedSkills: bothSkills, cites: cites, inferred: true, origin: 'similarity'}]->(high)""";

	private static final String STATE = "MATCH (m:SeedState {id: 'similar-moves'}) RETURN m.settings AS settings";

	private static final String RECORD_SETTINGS = "MERGE (m:SeedState {id: 'similar-moves'}) SET m.settings = $settings";

	private static final String CORE = "MATCH (r:Role) WHERE r.origin IN ['seed', 'curator'] RETURN r.id AS id";

	private final Driver driver;

	private final double essentialWeight;

	private final double skillsWeight;

	private final double dutiesWeight;

	private final double threshold;

	SimilarMoves(Driver driver, GraphSchema schema,
			@Value("${rolegraph.moves.essential-skills-weight:1}") double essentialWeight,
			@Value("${rolegraph.moves.all-skills-weight:1}") double skillsWeight,
			@Value("${rolegraph.moves.responsibilities-weight:1}") double dutiesWeight,
			@Value("${rolegraph.moves.threshold:0.2}") double threshold) {
		this.driver = driver;
		this.essentialWeight = essentialWeight;
		this.skillsWeight = skillsWeight;
		this.dutiesWeight = dutiesWeight;
		this.threshold = threshold;
		if (essentialWeight < 0 || skillsWeight < 0 || dutiesWeight < 0 || essentialWeight + skillsWeight + dutiesWeight == 0
				|| threshold <= 0 || threshold > 1) {
			throw new IllegalArgumentException("rolegraph.moves: weights must be 0 or more, not all 0, and the "
					+ "threshold above 0 and at most 1");
		}
	}

	/** The weights and threshold in one string, to tell whether the stored moves were computed with them. */
	String settings() {
		return String.format(Locale.ROOT, "essential=%s skills=%s duties=%s threshold=%s", this.essentialWeight,
				this.skillsWeight, this.dutiesWeight, this.threshold);
	}

	@Override
	public void afterPropertiesSet() {
		try (var session = this.driver.session()) {
			String stored = session.executeRead(tx -> tx.run(STATE).list(row -> row.get("settings").asString(null)))
				.stream()
				.findFirst()
				.orElse(null);
			if (!settings().equals(stored)) {
				// The settings are recorded here only: every later refresh computes with the same ones.
				session.executeWriteWithoutResult(tx -> {
					List<String> core = tx.run(CORE).list(row -> row.get("id").asString());
					refresh((cypher, parameters) -> tx.run(cypher, parameters).consume(), core);
					tx.run(RECORD_SETTINGS, Map.of("settings", settings())).consume();
				});
				log.info("Similarity moves of the seed and curated roles computed with {} (stored: {})", settings(), stored);
			}
		}
	}

	/** Drops and computes again the moves of {@code roleIds}, in the caller's transaction. */
	public void refresh(BiConsumer<String, Map<String, Object>> tx, Collection<String> roleIds) {
		if (roleIds.isEmpty()) {
			return;
		}
		List<String> roles = List.copyOf(roleIds);
		tx.accept(DROP, Map.of("roles", roles));
		tx.accept(COMPUTE, Map.of("roles", roles, "essentialWeight", this.essentialWeight, "skillsWeight",
				this.skillsWeight, "dutiesWeight", this.dutiesWeight, "threshold", this.threshold));
	}

}
