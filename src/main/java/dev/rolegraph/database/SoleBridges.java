package dev.rolegraph.database;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Keeps on each skill how many pairs of roles share that skill and no other ({@code Skill.soleBridgePairs}), so that
 * {@code bridgingSkills} reads a ranking instead of comparing every pair of roles on each request (about 8 million
 * role-skill-role triples at 3,000 roles).
 * <p>
 * Every writer of REQUIRES keeps it in its own transaction: it {@linkplain #retract retracts} the pairs of the roles
 * it is about to change, writes, then {@linkplain #apply applies} them again. Only pairs with one of those roles
 * change, and their only shared skill is one of those roles' skills, so the work is local. A graph that has never
 * been counted (a database written before this existed, or loaded by hand) is counted in full at start-up.
 */
@Component
public class SoleBridges implements InitializingBean {

	/** The property that holds the count. */
	public static final String PROPERTY = "soleBridgePairs";

	private static final Logger log = LoggerFactory.getLogger(SoleBridges.class);

	/**
	 * The state node: it says whether the counts are complete, and setting it (to the value it has) first takes its
	 * write lock, which serializes the writers of REQUIRES: each reads the skills of roles another could be changing.
	 */
	private static final String LOCK = """
			MERGE (m:SeedState {id: 'sole-bridges'})
			SET m.complete = coalesce(m.complete, false)""";

	/** Of the role pairs {@code (a, b)} matched before it through skills {@code s}: per skill, the pairs it alone joins. */
	private static final String PAIRS_PER_SOLE_SKILL = """
			WITH a, b, collect(s) AS shared
			WHERE size(shared) = 1
			WITH shared[0] AS s, count(*) AS pairs
			""";

	/** Adds {@code $sign} times the sole-bridge pairs that have a role of {@code $roles} at one end. */
	static final String ADJUST = """
			UNWIND $roles AS roleId
			MATCH (a:Role {id: roleId})-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(b:Role)
			WHERE a <> b AND (NOT b.id IN $roles OR a.id < b.id)
			""" + PAIRS_PER_SOLE_SKILL + "SET s.soleBridgePairs = coalesce(s.soleBridgePairs, 0) + $sign * pairs";

	/** Every count from scratch, for a graph never counted. */
	static final String COUNT_ALL = """
			MATCH (a:Role)-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(b:Role)
			WHERE a.id < b.id
			""" + PAIRS_PER_SOLE_SKILL + "SET s.soleBridgePairs = pairs";

	private final Driver driver;

	private final StartupLock startup;

	SoleBridges(Driver driver, GraphSchema schema, StartupLock startup) {
		this.driver = driver;
		this.startup = startup;
	}

	@Override
	public void afterPropertiesSet() {
		this.startup.during("the sole-bridge counts", this::atStart);
	}

	private void atStart() {
		boolean complete = this.driver.executableQuery(
				"OPTIONAL MATCH (m:SeedState {id: 'sole-bridges'}) RETURN coalesce(m.complete, false) AS complete")
			.execute()
			.records()
			.getFirst()
			.get("complete")
			.asBoolean();
		if (!complete) {
			countAll();
		}
	}

	/** Counts every pair from scratch, in one transaction; for a graph written without the API. */
	public void countAll() {
		long started = System.nanoTime();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				recount((cypher, parameters) -> tx.run(cypher, parameters).consume());
				tx.run(GraphVersion.ADVANCE).consume();
			});
		}
		log.info("Counted the skills that are the only one two roles share in {} ms",
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Counts every pair from scratch in the caller's transaction: for a writer that changed most of the graph. */
	public static void recount(BiConsumer<String, Map<String, Object>> tx) {
		tx.accept(LOCK, Map.of());
		tx.accept("MATCH (s:Skill) WHERE s.soleBridgePairs IS NOT NULL REMOVE s.soleBridgePairs", Map.of());
		tx.accept(COUNT_ALL, Map.of());
		tx.accept("MATCH (m:SeedState {id: 'sole-bridges'}) SET m.complete = true", Map.of());
	}

	/**
	 * Before changing the REQUIRES of {@code roleIds}: takes their pairs out of the counts. {@code tx} runs a
	 * statement in the writer's transaction.
	 */
	public static void retract(BiConsumer<String, Map<String, Object>> tx, Collection<String> roleIds) {
		tx.accept(LOCK, Map.of());
		adjust(tx, roleIds, -1);
	}

	/** After changing the REQUIRES of {@code roleIds}, in the transaction of {@link #retract}: counts them again. */
	public static void apply(BiConsumer<String, Map<String, Object>> tx, Collection<String> roleIds) {
		adjust(tx, roleIds, 1);
	}

	private static void adjust(BiConsumer<String, Map<String, Object>> tx, Collection<String> roleIds, int sign) {
		tx.accept(ADJUST, Map.of("roles", List.copyOf(roleIds), "sign", sign));
	}

}
