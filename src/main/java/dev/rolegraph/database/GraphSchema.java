package dev.rolegraph.database;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rolegraph.vocabulary.Label;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Unique-id constraints, English-name indexes and full-text indexes, created idempotently before anything reads or
 * writes.
 * Runs during context start, so the web server only opens on a ready database.
 */
@Component
public class GraphSchema implements InitializingBean {

	/** Labels of the nodes that carry a unique, stable {@code id}. */
	public static final List<String> LABELS = Label.all();

	/** Full-text index over English names, descriptions and aliases. */
	public static final String TEXT_EN = "text_en";

	/** Full-text index over Indonesian names, descriptions and aliases. */
	public static final String TEXT_ID = "text_id";

	private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

	private static final String SEARCHABLE = String.join("|", Label.named());

	/** Labels whose lists are paged by English name: an index on it lets a page start without sorting them all. */
	public static final List<String> NAMED = Label.named();

	private final Driver driver;

	private final StartupLock startup;

	GraphSchema(Driver driver, StartupLock startup) {
		this.driver = driver;
		this.startup = startup;
	}

	@Override
	public void afterPropertiesSet() {
		this.startup.during("the graph schema", this::atStart);
	}

	private void atStart() {
		try (var session = this.driver.session()) {
			// One read on every start (a uniqueness constraint's index has the constraint's name); schema
			// transactions only for what is missing (the first start).
			Set<String> existing = new HashSet<>(session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name RETURN name")
				.list(row -> row.get("name").asString())));
			List<String> created = new ArrayList<>();
			// Labels come from the constants above, never from input.
			Map<String, String> wanted = new LinkedHashMap<>();
			LABELS.forEach(label -> wanted.put(label.toLowerCase() + "_id",
					"CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:" + label + ") REQUIRE n.id IS UNIQUE"));
			NAMED.forEach(label -> wanted.put(label.toLowerCase() + "_name_en",
					"CREATE INDEX %s IF NOT EXISTS FOR (n:" + label + ") ON (n.nameEn)"));
			// One counter node (GraphVersion): concurrent first writers must not make two.
			wanted.put("graph_version_id", "CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:GraphVersion) REQUIRE n.id IS UNIQUE");
			// Ranks bridgingSkills without reading every skill (the count is kept by insight.SoleBridges).
			wanted.put("skill_sole_bridge_pairs", "CREATE INDEX %s IF NOT EXISTS FOR (n:Skill) ON (n.soleBridgePairs)");
			wanted.forEach((name, statement) -> {
				if (!existing.contains(name)) {
					session.executeWriteWithoutResult(tx -> tx.run(statement.formatted(name)).consume());
					created.add(name);
				}
			});
			if (!existing.contains(TEXT_EN)) {
				createTextIndex(session, TEXT_EN, "En", "english");
				created.add(TEXT_EN);
			}
			if (!existing.contains(TEXT_ID)) {
				createTextIndex(session, TEXT_ID, "Id", "indonesian");
				created.add(TEXT_ID);
			}
			if (!created.isEmpty()) {
				session.executeWriteWithoutResult(tx -> tx.run("CALL db.awaitIndexes(60)").consume());
			}
			log.info("Graph schema ready: unique ids on {}, English names indexed on {}, full-text indexes {} and {};"
					+ " created now: {}", LABELS, NAMED, TEXT_EN, TEXT_ID, created);
		}
	}

	private static void createTextIndex(org.neo4j.driver.Session session, String name, String suffix, String analyzer) {
		session.executeWriteWithoutResult(tx -> tx.run("""
				CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.name%s, n.description%s, n.aliases]
				OPTIONS {indexConfig: {`fulltext.analyzer`: '%s'}}"""
			.formatted(name, SEARCHABLE, suffix, suffix, analyzer)).consume());
	}

}
