package dev.rolegraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.rolegraph.ApiTest;
import dev.rolegraph.vocabulary.BrokenText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeedLoadingTest extends ApiTest {

	private static final Path SEED = Path.of("seed");

	@Autowired
	SeedLoader loader;

	@TempDir
	Path copy;

	@Test
	void loadingTheSameSeedTwiceChangesNothing() {
		String before = fingerprint();
		long loadsBefore = seedLoads();
		long version = count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n");
		var first = this.loader.load("classpath:seed/", true);
		String afterFirst = fingerprint();
		var second = this.loader.load("classpath:seed/", true);
		assertThat(first.written()).isTrue();
		assertThat(second.counts()).isEqualTo(first.counts());
		assertThat(afterFirst).isEqualTo(before);
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(seedLoads()).as("a reload of the same version is no new version in the audit").isEqualTo(loadsBefore);
		assertThat(count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n")).as("cached answers stay valid").isEqualTo(version);
	}

	@Test
	void anUnchangedSeedIsSkippedAtStart() {
		var report = this.loader.load("classpath:seed/", false);
		assertThat(report.written()).isFalse();
	}

	@Test
	void aBadSeedStopsTheLoadAndLeavesTheDatabaseAsItWas() throws IOException {
		String before = fingerprint();
		copySeed();
		Path officer = this.copy.resolve("roles/social-media-officer.yaml");
		Files.writeString(officer, Files.readString(officer).replace("to: notion", "to: notion-app"));
		assertThatExceptionOfType(SeedException.class)
			.isThrownBy(() -> this.loader.load(this.copy.toUri().toString(), true))
			.satisfies(ex -> assertThat(ex.problems()).containsExactly(
					"roles/social-media-officer.yaml (social-media-officer) uses notion-app: unknown tool 'notion-app'"));
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void aFactDroppedFromTheSeedDisappearsOnReloadAndCuratedFactsStay() throws IOException {
		String before = fingerprint();
		long loadsBefore = seedLoads();
		long version = count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n");
		copySeed();
		Path officer = this.copy.resolve("roles/social-media-officer.yaml");
		Files.writeString(officer, Files.readString(officer).replace("  - {to: trello, cite: [\"001:25\"]}\n", ""));
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(
					"MATCH (r:Role {id: 'social-media-officer'}), (t:Tool {id: 'hootsuite'}) CREATE (r)-[:USES {origin: 'curator', cites: ['003:72']}]->(t)")
				.consume());
			this.loader.load(this.copy.toUri().toString(), true);
			assertThat(count("MATCH (:Role {id: 'social-media-officer'})-[:USES]->(:Tool {id: 'trello'}) RETURN count(*)")).isZero();
			assertThat(count("MATCH (:Role {id: 'social-media-officer'})-[:USES]->(:Tool {id: 'hootsuite'}) RETURN count(*)")).isOne();
			session.executeWriteWithoutResult(
					tx -> tx.run("MATCH (:Role {id: 'social-media-officer'})-[u:USES {origin: 'curator'}]->() DELETE u").consume());
		}
		finally {
			this.loader.load("classpath:seed/", true);
		}
		assertThat(fingerprint()).isEqualTo(before);
		assertThat(seedLoads()).as("the changed version and the original again, each in the audit").isEqualTo(loadsBefore + 2);
		assertThat(count("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.n")).as("the graph's version, which HTTP caches' tags follow")
			.isEqualTo(version + 2);
	}

	@Test
	void noTextInTheGraphContainsMisDecodedCharacters() {
		try (var session = this.driver.session()) {
			var texts = session.executeRead(tx -> tx.run("""
					CALL () { MATCH (n) RETURN properties(n) AS props UNION ALL MATCH ()-[r]->() RETURN properties(r) AS props }
					UNWIND keys(props) AS key
					WITH props[key] AS value
					UNWIND CASE WHEN value IS :: LIST<ANY> THEN value ELSE [value] END AS item
					WITH item WHERE item IS :: STRING
					RETURN collect(item) AS texts""").single().get("texts").asList(Value::asString));
			assertThat(texts).hasSizeGreaterThan(500);
			assertThat(texts).allSatisfy(text -> assertThat(BrokenText.find(text)).as(text).isEmpty());
		}
	}

	private void copySeed() throws IOException {
		try (Stream<Path> files = Files.walk(SEED)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = this.copy.resolve(SEED.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

	/** The seed versions the audit trail records as loaded. */
	private long seedLoads() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (c:Change {action: 'SEED_LOAD', by: 'seed'}) RETURN count(c)").single().get(0).asLong();
		}
	}

	/**
	 * Every node and relationship with its properties, in a stable order, hashed; the audit of seed loads and the
	 * graph's version counter (which every new seed version advances) aside.
	 */
	private String fingerprint() {
		try (var session = this.driver.session()) {
			String text = session.executeRead(tx -> {
				var out = new StringBuilder();
				tx.run("MATCH (n) WHERE NOT (n:Change AND n.by = 'seed') AND NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props ORDER BY labels[0], props.id")
					.forEachRemaining(row -> out.append(row.get("labels").asList()).append(sorted(row.get("props").asMap())).append('\n'));
				tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props ORDER BY type, a, b")
					.forEachRemaining(row -> out.append(row.get("type").asString()).append(row.get("a").asString())
						.append(row.get("b").asString()).append(sorted(row.get("props").asMap())).append('\n'));
				return out.toString();
			});
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> sorted(Map<String, Object> props) {
		return new TreeMap<>(props);
	}

}
