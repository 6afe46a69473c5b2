package dev.rolegraph.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.rolegraph.database.GraphVersion;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.database.SoleBridges;
import dev.rolegraph.taxonomy.EscoFolder.Concept;
import dev.rolegraph.vocabulary.Ids;
import dev.rolegraph.vocabulary.Label;
import dev.rolegraph.vocabulary.RoleKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ESCO's CSV download beside the cited seed graph: occupations become roles, skills skills (with ESCO's
 * type), occupation-skill relations REQUIRES (essential or not), ISCO groups and the broader relations the
 * hierarchy. Every imported fact cites ESCO, its version and the concept's URI. Ids derive from the URIs, so a new
 * import finds what an earlier one wrote and curators' links to it stay.
 * <p>
 * All files are read and checked first, then everything is written in one transaction, in batches: a malformed
 * file leaves the graph as it was, and so does a failure while writing. Only nodes the import owns (ids
 * {@code esco-...}) are written, and SAME_AS proposals from article roles whose English name is an occupation's
 * label; the seed and curators' facts are left alone.
 */
@Component
public class EscoImport {

	/** The ESCO version whose CSV layout this reads. */
	public static final String DEFAULT_VERSION = "1.2.0";

	static final String ORIGIN = "esco";

	static final String BROADER = "BROADER";

	static final String SAME_AS = "SAME_AS";

	private static final int BATCH = 2_000;

	private static final Logger log = LoggerFactory.getLogger(EscoImport.class);

	/** Creates or updates the nodes of one label; counts what it created, changed and left as it was. */
	private static final String UPSERT_NODES = """
			UNWIND $rows AS row
			OPTIONAL MATCH (old:%1$s {id: row.id})
			WITH row, old IS NULL AS created,
			  old IS NOT NULL AND any(key IN keys(row.props) WHERE NOT coalesce(old[key] = row.props[key], false)) AS updated
			CALL (row, created, updated) {
			  WITH row WHERE created OR updated
			  MERGE (n:%1$s {id: row.id})
			  SET n += row.props
			}
			RETURN sum(toInteger(created)) AS created, sum(toInteger(updated)) AS updated, count(*) AS rows""";

	/** Creates or updates relationships of one type between two labels, with their citation. */
	private static final String UPSERT_LINKS = """
			UNWIND $rows AS row
			MATCH (a:%1$s {id: row.from})
			MATCH (b:%2$s {id: row.to})
			OPTIONAL MATCH (a)-[old:%3$s]->(b)
			WITH a, b, row, old IS NULL AS created,
			  old IS NOT NULL AND NOT coalesce(row.cite IN old.cites
			    AND all(key IN keys(row.props) WHERE old[key] = row.props[key]), false) AS updated
			CALL (a, b, row, created, updated) {
			  WITH a, b, row WHERE created OR updated
			  MERGE (a)-[r:%3$s]->(b)
			  ON CREATE SET r.cites = [], r.inferred = false, r.origin = $origin
			  SET r += row.props, r.cites = CASE WHEN row.cite IN r.cites THEN r.cites ELSE r.cites + row.cite END
			}
			RETURN sum(toInteger(created)) AS created, sum(toInteger(updated)) AS updated, count(*) AS rows,
			  collect(DISTINCT CASE WHEN created OR updated THEN a.id END) AS changed""";

	/** The article roles (not imported ones) and their English names, to propose SAME_AS links. */
	private static final String ARTICLE_ROLES = """
			MATCH (r:Role) WHERE r.kind = $kind AND NOT r.id STARTS WITH 'esco-'
			RETURN r.id AS id, r.nameEn AS name""";

	/** A proposal unless the two roles are linked either way already (a curator's link stays as it is). */
	private static final String PROPOSE_SAME_AS = """
			UNWIND $rows AS row
			MATCH (a:Role {id: row.from}), (b:Role {id: row.to})
			WITH a, b, row WHERE NOT EXISTS { (a)-[:SAME_AS]-(b) }
			CREATE (a)-[:SAME_AS {cites: [row.cite], inferred: true, origin: $origin, note: row.note}]->(b)
			RETURN count(*) AS created""";

	/** What an import did. */
	public record Summary(String version, List<String> languages, Map<String, Integer> rows, Counts nodes,
			Counts relationships, int proposals, long millis) {

		boolean changed() {
			return this.nodes.created + this.nodes.updated + this.relationships.created + this.relationships.updated
					+ this.proposals > 0;
		}

		/** The lines printed at the end of an import. */
		public List<String> lines() {
			List<String> lines = new ArrayList<>();
			lines.add("ESCO " + this.version + " imported in " + String.format(Locale.ROOT, "%.1f", this.millis / 1000.0)
					+ " s, languages " + String.join(", ", this.languages) + ":");
			this.rows.forEach((file, count) -> lines.add(String.format(Locale.ROOT, "  %-38s %,9d rows", file, count)));
			lines.add("  nodes:         " + this.nodes);
			lines.add("  relationships: " + this.relationships);
			lines.add("  SAME_AS proposals for curators: " + this.proposals + " new");
			lines.add(changed() ? "The graph now holds this import."
					: "Nothing changed: the graph already held this import.");
			return lines;
		}

	}

	/** Created, updated and unchanged counts. */
	public record Counts(long created, long updated, long unchanged) {

		Counts plus(long created, long updated, long rows) {
			return new Counts(this.created + created, this.updated + updated,
					this.unchanged + rows - created - updated);
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,d created, %,d updated, %,d unchanged", this.created, this.updated,
					this.unchanged);
		}

	}

	private final Neo4jClient client;

	private final TransactionTemplate transactions;

	private final SimilarMoves moves;

	public EscoImport(Neo4jClient client, PlatformTransactionManager transactions, SimilarMoves moves,
			@Value("${rolegraph.import.timeout:30m}") Duration timeout) {
		this.client = client;
		this.moves = moves;
		this.transactions = new TransactionTemplate(transactions);
		// One transaction for the whole import, far longer than a request's: its own limit.
		this.transactions.setTimeout((int) timeout.toSeconds());
	}

	/** Imports the folder {@code dir}; throws {@link CsvException} for a malformed file, having written nothing. */
	public Summary run(Path dir, String version) throws IOException {
		long started = System.nanoTime();
		EscoFolder folder = EscoFolder.read(dir);
		log.info("ESCO {}: read {} occupations, {} skills, {} ISCO groups, {} relations and {} broader relations "
				+ "({}) in {} ms", version, folder.occupations.size(), folder.skills.size(), folder.groups.size(),
				folder.requirements.size(), folder.broader.size(), String.join(", ", folder.languages),
				(System.nanoTime() - started) / 1_000_000);
		Writer writer = new Writer(version, folder, started);
		return this.transactions.execute(status -> writer.write());
	}

	/** The source node's id for a version: {@code esco-1-2-0}. */
	static String sourceId(String version) {
		String id = "esco-" + version.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
		if (!Ids.valid(id)) {
			throw new IllegalArgumentException("version '" + version + "' gives no valid source id");
		}
		return id;
	}

	/** A stable id for a concept: the kind and the URI's last segment, or a digest of the URI where that cannot be. */
	static String id(String kind, String uri) {
		String last = uri.substring(uri.lastIndexOf('/') + 1)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		String id = "esco-" + kind + "-" + last;
		if (last.isEmpty() || !Ids.valid(id)) {
			id = "esco-" + kind + "-" + digest(uri);
		}
		return id;
	}

	private static String digest(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
				.substring(0, 40);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One import's writes, inside its transaction. */
	private final class Writer {

		private final String version;

		private final String source;

		private final EscoFolder folder;

		private final long started;

		private Counts nodes = new Counts(0, 0, 0);

		private Counts relationships = new Counts(0, 0, 0);

		private long lastProgress;

		Writer(String version, EscoFolder folder, long started) {
			this.version = version;
			this.source = sourceId(version);
			this.folder = folder;
			this.started = started;
		}

		String cite(String uri) {
			return this.source + "@" + uri;
		}

		Summary write() {
			writeSource();
			nodes("ISCO groups", Label.OCCUPATION_GROUP, this.folder.groups.values(), "isco", concept -> {
				Map<String, Object> props = common(concept);
				props.put("code", concept.attributes().get("code"));
				return props;
			});
			nodes("occupations", Label.ROLE, this.folder.occupations.values(), "occupation", concept -> {
				Map<String, Object> props = common(concept);
				props.put("kind", RoleKind.ROLE.name());
				props.put("iscoCode", concept.attributes().get("code"));
				props.put("iscoGroup", concept.attributes().get("iscoGroup"));
				if (concept.descriptionEn() != null) {
					props.put("descriptionCites", List.of(cite(concept.uri())));
					props.put("descriptionInferred", false);
				}
				return props;
			});
			nodes("skills", Label.SKILL, this.folder.skills.values(), "skill", concept -> {
				Map<String, Object> props = common(concept);
				props.put("skillType", concept.attributes().get("skillType"));
				props.put("reuseLevel", concept.attributes().get("reuseLevel"));
				return props;
			});
			Set<String> requirementsChanged = links("occupation-skill relations", Label.ROLE, Label.SKILL, "REQUIRES",
					this.folder.requirements.stream()
						.map(requirement -> link(id("occupation", requirement.occupationUri()),
								id("skill", requirement.skillUri()), cite(requirement.occupationUri()),
								Map.of("essential", requirement.essential())))
						.toList());
			writeBroader();
			int proposals = proposeSameAs();
			if (!requirementsChanged.isEmpty()) {
				// The import may change the requirements of thousands of roles: count the sole bridges afresh, here,
				// and score the changed roles' moves in the same transaction.
				SoleBridges.recount((cypher, parameters) -> EscoImport.this.client.query(cypher).bindAll(parameters).run());
				EscoImport.this.moves.refresh(SimilarMoves.Statements.on(EscoImport.this.client), requirementsChanged);
			}
			EscoImport.this.client.query(GraphVersion.ADVANCE).run();
			Summary summary = new Summary(this.version, this.folder.languages, this.folder.rows, this.nodes,
					this.relationships, proposals, (System.nanoTime() - this.started) / 1_000_000);
			return summary;
		}

		private void writeSource() {
			Map<String, Object> props = new HashMap<>();
			props.put("title", "ESCO - European Skills, Competences, Qualifications and Occupations, version "
					+ this.version + " (CSV download)");
			props.put("publisher", "European Commission");
			props.put("url", "https://esco.ec.europa.eu/en/use-esco/download");
			props.put("language", "en");
			props.put("version", this.version);
			props.put("license", "CC BY 4.0");
			props.put("origin", ORIGIN);
			count(Label.SOURCE, List.of(Map.of("id", this.source, "props", props)));
		}

		private Map<String, Object> common(Concept concept) {
			Map<String, Object> props = new HashMap<>();
			props.put("nameEn", concept.preferredEn());
			if (concept.descriptionEn() != null) {
				props.put("descriptionEn", concept.descriptionEn());
			}
			Set<String> aliases = new LinkedHashSet<>(concept.altEn());
			aliases.addAll(concept.otherLabels());
			aliases.remove(concept.preferredEn());
			props.put("aliases", List.copyOf(aliases));
			props.put("escoUri", concept.uri());
			props.put("origin", ORIGIN);
			props.put("cites", List.of(cite(concept.uri())));
			props.values().removeIf(value -> value == null || "".equals(value));
			return props;
		}

		private void nodes(String what, Label label, java.util.Collection<Concept> concepts, String kind,
				Function<Concept, Map<String, Object>> props) {
			List<Map<String, Object>> rows = concepts.stream()
				.map(concept -> Map.<String, Object>of("id", id(kind, concept.uri()), "props", props.apply(concept)))
				.toList();
			batches(what, rows, batch -> count(label, batch));
		}

		private Map<String, Object> link(String from, String to, String cite, Map<String, Object> props) {
			return Map.of("from", from, "to", to, "cite", cite, "props", props);
		}

		/** Writes the links; returns the ids of the roles or groups whose links of this type it changed. */
		private Set<String> links(String what, Label from, Label to, String type, List<Map<String, Object>> rows) {
			Set<String> changed = new LinkedHashSet<>();
			batches(what, rows, batch -> {
				var counts = EscoImport.this.client.query(UPSERT_LINKS.formatted(from.text, to.text, type))
					.bindAll(Map.of("rows", batch, "origin", ORIGIN))
					.fetch()
					.one()
					.orElseThrow();
				this.relationships = this.relationships.plus((Long) counts.get("created"), (Long) counts.get("updated"),
						(Long) counts.get("rows"));
				((List<?>) counts.get("changed")).forEach(id -> changed.add((String) id));
			});
			return changed;
		}

		private void writeBroader() {
			Map<String, List<Map<String, Object>>> byLabels = new LinkedHashMap<>();
			for (EscoFolder.Broader broader : this.folder.broader) {
				boolean fromGroup = this.folder.groups.containsKey(broader.uri());
				boolean toGroup = this.folder.groups.containsKey(broader.broaderUri());
				String key = (fromGroup ? "g" : "o") + (toGroup ? "g" : "o");
				byLabels.computeIfAbsent(key, unused -> new ArrayList<>())
					.add(link(id(fromGroup ? "isco" : "occupation", broader.uri()),
							id(toGroup ? "isco" : "occupation", broader.broaderUri()), cite(broader.uri()), Map.of()));
			}
			byLabels.forEach((key, rows) -> links("broader relations", key.charAt(0) == 'g' ? Label.OCCUPATION_GROUP
					: Label.ROLE, key.charAt(1) == 'g' ? Label.OCCUPATION_GROUP : Label.ROLE, BROADER, rows));
		}

		/** SAME_AS proposals: an article role whose English name is an occupation's English label, either kind. */
		private int proposeSameAs() {
			Map<String, List<Concept>> byLabel = new HashMap<>();
			for (Concept occupation : this.folder.occupations.values()) {
				Set<String> labels = new LinkedHashSet<>();
				labels.add(occupation.preferredEn());
				labels.addAll(occupation.altEn());
				labels.forEach(label -> byLabel.computeIfAbsent(label.toLowerCase(Locale.ROOT), unused -> new ArrayList<>())
					.add(occupation));
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			EscoImport.this.client.query(ARTICLE_ROLES)
				.bind(RoleKind.ROLE.name())
				.to("kind")
				.fetch()
				.all()
				.forEach(role -> {
					String name = String.valueOf(role.get("name"));
					for (Concept occupation : byLabel.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
						rows.add(Map.of("from", role.get("id"), "to", id("occupation", occupation.uri()), "cite",
								cite(occupation.uri()), "note", "proposed by the ESCO import: '" + name
										+ "' is a label of the occupation '" + occupation.preferredEn()
										+ "'; a curator confirms it with link"));
					}
				});
			if (rows.isEmpty()) {
				return 0;
			}
			return EscoImport.this.client.query(PROPOSE_SAME_AS)
				.bindAll(Map.of("rows", rows, "origin", ORIGIN))
				.fetchAs(Long.class)
				.one()
				.orElse(0L)
				.intValue();
		}

		private void count(Label label, List<Map<String, Object>> batch) {
			var counts = EscoImport.this.client.query(UPSERT_NODES.formatted(label.text))
				.bind(batch)
				.to("rows")
				.fetch()
				.one()
				.orElseThrow();
			this.nodes = this.nodes.plus((Long) counts.get("created"), (Long) counts.get("updated"),
					(Long) counts.get("rows"));
		}

		/** Writes {@code rows} in batches, with a progress line at least every two seconds and at the end. */
		private void batches(String what, List<Map<String, Object>> rows, java.util.function.Consumer<List<Map<String, Object>>> write) {
			long stepStarted = System.nanoTime();
			for (int from = 0; from < rows.size(); from += BATCH) {
				write.accept(rows.subList(from, Math.min(rows.size(), from + BATCH)));
				int done = Math.min(rows.size(), from + BATCH);
				long now = System.nanoTime();
				if (done == rows.size() || now - this.lastProgress > 2_000_000_000L) {
					this.lastProgress = now;
					double seconds = Math.max(1e-3, (now - stepStarted) / 1e9);
					log.info(String.format(Locale.ROOT, "ESCO import: %s %,d of %,d written (%,.0f/s); nodes %s; relationships %s",
							what, done, rows.size(), done / seconds, this.nodes, this.relationships));
				}
			}
		}

	}

}
