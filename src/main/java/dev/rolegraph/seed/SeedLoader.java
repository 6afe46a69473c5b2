package dev.rolegraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.rolegraph.database.GraphVersion;
import dev.rolegraph.database.GraphSchema;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.database.SoleBridges;
import dev.rolegraph.database.StartupLock;
import dev.rolegraph.seed.SeedModel.Attribute;
import dev.rolegraph.seed.SeedModel.Link;
import dev.rolegraph.seed.SeedModel.Located;
import dev.rolegraph.seed.SeedModel.Role;
import dev.rolegraph.seed.SeedModel.Thing;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.Relation;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Loads seed/ into the graph at start, before the web server opens: validated first, then written in one
 * transaction with MERGE on ids, so a bad seed changes nothing and loading twice changes nothing. Facts that
 * an earlier seed version held and this one dropped are removed; curated data (origin other than "seed") is
 * never touched.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
public class SeedLoader implements InitializingBean {

	/** What a load did. */
	public record Report(String hash, boolean written, Map<String, Integer> counts) {
	}

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String ORIGIN = "seed";

	/** The relationship each list of a role file holds. */
	private record RoleLink(Relation relation, Function<Role, List<Link>> links) {

		String type() {
			return this.relation.name();
		}

		String label() {
			return this.relation.to.text;
		}

	}

	private static final List<RoleLink> ROLE_LINKS = List.of(new RoleLink(Relation.REQUIRES, Role::requires),
			new RoleLink(Relation.HAS_RESPONSIBILITY, Role::responsibilities), new RoleLink(Relation.USES, Role::uses),
			new RoleLink(Relation.WORKS_ON, Role::worksOn), new RoleLink(Relation.REPORTS_TO, Role::reportsTo),
			new RoleLink(Relation.COLLABORATES_WITH, Role::collaboratesWith),
			new RoleLink(Relation.PROGRESSES_TO, Role::progressesTo));

	/**
	 * The roles whose REQUIRES a load may change: the seed's roles, and every role that requires a seed skill (one the
	 * new seed drops takes its relationships with it).
	 */
	private static final String REQUIREMENTS_CHANGING = """
			OPTIONAL MATCH (a:Role)
			WHERE a.origin = 'seed' OR EXISTS { (a)-[:REQUIRES]->(:Skill {origin: 'seed'}) }
			WITH collect(a.id) AS present
			RETURN present + [id IN $roles WHERE NOT id IN present] AS ids""";

	/** A load, as the audit trail shows it: by {@code seed}, action SEED_LOAD, the seed's hash as its id. */
	private static final String RECORD_LOAD = """
			CREATE (:Change {id: randomUUID(), at: datetime(), by: 'seed', action: 'SEED_LOAD', entity: 'Seed',
			                 entityId: $hash, before: $before, after: $after, cites: $cites,
			                 note: 'seed files loaded'})""";

	private final Driver driver;

	private final SeedProperties properties;

	private final SimilarMoves moves;

	private final StartupLock startup;

	SeedLoader(Driver driver, SeedProperties properties, GraphSchema schema, SimilarMoves moves, StartupLock startup) {
		this.driver = driver;
		this.startup = startup;
		this.properties = properties;
		this.moves = moves;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.properties.enabled()) {
			// Replicas starting together load it once: the others find its hash stored and skip.
			this.startup.during("the seed", () -> load(this.properties.location(), this.properties.force()));
		}
	}

	/** Reads, validates and, if its content is new (or {@code force}), writes the seed at {@code location}. */
	public Report load(String location, boolean force) {
		long started = System.nanoTime();
		Seed seed = SeedReader.read(location);
		SeedValidator.validate(seed);
		try (var session = this.driver.session()) {
			String current = session.executeRead(tx -> {
				var records = tx.run("MATCH (s:SeedState {id: 'seed'}) RETURN s.hash AS hash").list();
				return records.isEmpty() ? null : records.getFirst().get("hash").asString(null);
			});
			if (!force && seed.hash().equals(current)) {
				log.info("Seed {} already loaded; skipped", seed.hash().substring(0, 12));
				return new Report(seed.hash(), false, Map.of());
			}
			Map<String, Integer> counts = session.executeWrite(tx -> write(tx, seed));
			log.info("Seed {} loaded from {} in {} ms: {}", seed.hash().substring(0, 12), location,
					(System.nanoTime() - started) / 1_000_000, counts);
			return new Report(seed.hash(), true, counts);
		}
	}

	private Map<String, Integer> write(TransactionContext tx, Seed seed) {
		List<String> changing = tx.run(REQUIREMENTS_CHANGING,
				Map.of("roles", seed.roles().stream().map(located -> located.entry().id()).toList()))
			.single()
			.get("ids")
			.asList(Value::asString);
		BiConsumer<String, Map<String, Object>> run = (cypher, parameters) -> tx.run(cypher, parameters).consume();
		SoleBridges.retract(run, changing);
		// The seed's roles and those an older seed had: the moves of both are scored again after the write.
		Set<String> scored = new LinkedHashSet<>(seed.roles().stream().map(located -> located.entry().id()).toList());
		scored.addAll(tx.run("MATCH (r:Role {origin: $origin}) RETURN r.id AS id", Map.of("origin", ORIGIN))
			.list(row -> row.get("id").asString()));
		SimilarMoves.Pending moves = this.moves.before(SimilarMoves.Statements.on(tx), scored);
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put(Label.SOURCE.text, nodes(tx, Label.SOURCE.text, seed.sources().stream().map(Located::entry).map(source -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", source.id());
			row.put("file", source.file());
			row.put("title", source.title());
			row.put("publisher", source.publisher());
			row.put("author", source.author());
			row.put("published", source.published());
			row.put("language", source.language());
			row.put("url", source.url());
			row.put("lines", source.lines());
			row.put("sha256", source.sha256());
			return row;
		}).toList()));
		counts.put(Label.SKILL.text, nodes(tx, Label.SKILL.text, things(seed.skills())));
		counts.put(Label.RESPONSIBILITY.text, nodes(tx, Label.RESPONSIBILITY.text, things(seed.responsibilities())));
		counts.put(Label.TOOL.text, nodes(tx, Label.TOOL.text, things(seed.tools())));
		counts.put(Label.PLATFORM.text, nodes(tx, Label.PLATFORM.text, things(seed.platforms())));
		counts.put(Label.ROLE.text, nodes(tx, Label.ROLE.text, seed.roles().stream().map(Located::entry).map(SeedLoader::roleRow).toList()));
		for (RoleLink roleLink : ROLE_LINKS) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (var located : seed.roles()) {
				Role role = located.entry();
				for (Link link : roleLink.links().apply(role)) {
					Map<String, Object> props = new HashMap<>();
					props.put("cites", link.cite());
					props.put("inferred", link.inferred());
					props.put("note", link.note());
					props.put("origin", ORIGIN);
					if (link.essential() != null) {
						props.put("essential", link.essential());
					}
					rows.add(Map.of("from", role.id(), "to", link.to(), "props", props));
				}
			}
			counts.put(roleLink.type(), relationships(tx, roleLink, rows));
		}
		SoleBridges.apply(run, changing);
		moves.after();
		String before = tx.run("MERGE (s:SeedState {id: 'seed'}) WITH s, s.hash AS before SET s.hash = $hash RETURN before",
				Map.of("hash", seed.hash())).single().get("before").asString(null);
		if (!seed.hash().equals(before)) {
			// A new version in the audit trail beside the curators' changes; a forced reload of the same one is none.
			Map<String, Object> load = new HashMap<>();
			load.put("hash", seed.hash());
			load.put("before", before == null ? null : "{\"hash\":\"" + before + "\"}");
			load.put("after", "{\"hash\":\"" + seed.hash() + "\",\"counts\":" + json(counts) + "}");
			load.put("cites", seed.sources().stream().map(located -> located.entry().id()).toList());
			tx.run(RECORD_LOAD, load).consume();
			tx.run(GraphVersion.ADVANCE).consume();
		}
		return counts;
	}

	private static String json(Map<String, Integer> counts) {
		StringBuilder json = new StringBuilder("{");
		counts.forEach((name, count) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":").append(count));
		return json.append('}').toString();
	}

	private static List<Map<String, Object>> things(List<Located<Thing>> things) {
		return things.stream().map(Located::entry).map(thing -> {
			Map<String, Object> row = new HashMap<>();
			row.put("id", thing.id());
			row.put("nameEn", thing.name().en());
			row.put("nameId", thing.name().indonesian());
			if (thing.description() != null) {
				row.put("descriptionEn", thing.description().en());
				row.put("descriptionId", thing.description().indonesian());
			}
			row.put("aliases", thing.aliases());
			return row;
		}).toList();
	}

	private static Map<String, Object> roleRow(Role role) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", role.id());
		row.put("kind", role.kind());
		row.put("nameEn", role.name().en());
		row.put("nameId", role.name().indonesian());
		attribute(row, "description", role.description());
		attribute(row, "audience", role.audience());
		attribute(row, "accountPractice", role.accountPractice());
		if (role.seniority() != null) {
			row.put("seniorityRank", role.seniority().rank());
			row.put("seniorityEn", role.seniority().en());
			row.put("seniorityId", role.seniority().indonesian());
			row.put("seniorityCites", role.seniority().cite());
			row.put("seniorityInferred", role.seniority().inferred());
		}
		if (role.salary() != null) {
			row.put("salaryMin", role.salary().min());
			row.put("salaryMax", role.salary().max());
			row.put("salaryCurrency", role.salary().currency());
			row.put("salaryPeriod", role.salary().period());
			row.put("salaryRegion", role.salary().region());
			row.put("salaryReportedBy", role.salary().reportedBy());
			row.put("salaryCites", role.salary().cite());
			row.put("salaryInferred", role.salary().inferred());
		}
		return row;
	}

	private static void attribute(Map<String, Object> row, String name, Attribute attribute) {
		if (attribute != null) {
			row.put(name + "En", attribute.en());
			row.put(name + "Id", attribute.indonesian());
			row.put(name + "Cites", attribute.cite());
			row.put(name + "Inferred", attribute.inferred());
		}
	}

	/** Labels and types below are constants of this class, never input, so formatting them in is safe. */
	private static int nodes(TransactionContext tx, String label, List<Map<String, Object>> rows) {
		List<Map<String, Object>> withOrigin = rows.stream().map(row -> {
			Map<String, Object> copy = new HashMap<>(row);
			copy.put("origin", ORIGIN);
			return (Map<String, Object>) copy;
		}).toList();
		// The sole-bridge count is derived from every role, not from the seed: it stays.
		tx.run("""
				UNWIND $rows AS row
				MERGE (n:%s {id: row.id})
				WITH n, row, n.%s AS kept
				SET n = row, n.%2$s = kept""".formatted(label, SoleBridges.PROPERTY), Map.of("rows", withOrigin))
			.consume();
		tx.run("MATCH (n:%s {origin: $origin}) WHERE NOT n.id IN $ids DETACH DELETE n".formatted(label),
				Map.of("origin", ORIGIN, "ids", rows.stream().map(row -> row.get("id")).toList()))
			.consume();
		return rows.size();
	}

	private static int relationships(TransactionContext tx, RoleLink link, List<Map<String, Object>> rows) {
		tx.run("""
				UNWIND $rows AS row
				MATCH (a:Role {id: row.from}), (b:%s {id: row.to})
				MERGE (a)-[r:%s]->(b)
				SET r = row.props""".formatted(link.label(), link.type()), Map.of("rows", rows)).consume();
		tx.run("""
				MATCH (a:Role)-[r:%s {origin: $origin}]->(b:%s)
				WHERE NOT a.id + '>' + b.id IN $keys
				DELETE r""".formatted(link.type(), link.label()),
				Map.of("origin", ORIGIN, "keys", rows.stream().map(row -> row.get("from") + ">" + row.get("to")).toList()))
			.consume();
		return rows.size();
	}

}
