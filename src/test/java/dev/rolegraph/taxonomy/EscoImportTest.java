package dev.rolegraph.taxonomy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.rolegraph.database.GraphTest;
import dev.rolegraph.database.GraphTest.Fixture;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.taxonomy.EscoImport.Counts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ESCO import on the hand-written folder in ESCO's layout ({@code esco/fixture}, see its README for what is real
 * and what is made up), next to a stand-in for the article graph ({@code fixtures/articles.cypher}).
 */
@GraphTest
class EscoImportTest {

	private static final String T = "http://example.org/rolegraph-test/";

	private static final String MANAGER = "esco-occupation-social-media-manager";

	@Autowired
	private EscoImport esco;

	@Autowired
	private Neo4jClient client;

	@TempDir
	private Path temp;

	@BeforeEach
	void articles() {
		Fixture.load(this.client, "articles");
	}

	static Path fixture() throws IOException {
		return new ClassPathResource("esco/fixture").getFile().toPath();
	}

	private Map<String, Object> one(String cypher) {
		return this.client.query(cypher).fetch().one().orElseThrow();
	}

	@Test
	void occupationsSkillsRelationsAndTheHierarchyArriveCitingEscoAndTheConcept() throws IOException {
		var summary = this.esco.run(fixture(), "1.2.0");
		assertThat(summary.nodes()).isEqualTo(new Counts(24, 0, 0));
		assertThat(summary.relationships()).isEqualTo(new Counts(32, 0, 0));
		assertThat(summary.languages()).containsExactly("en", "nl");
		assertThat(summary.rows()).containsEntry("occupationSkillRelations_en.csv", 18)
			.containsEntry("occupations_nl.csv", 3);

		var manager = one("MATCH (r:Role {id: '" + MANAGER + "'}) RETURN r.kind AS kind, r.nameEn AS name, "
				+ "r.descriptionEn AS description, r.aliases AS aliases, r.descriptionCites AS cites, r.iscoCode AS code");
		assertThat(manager).containsEntry("kind", "ROLE")
			.containsEntry("name", "social media manager")
			.containsEntry("code", "2431.9.1")
			.containsEntry("cites", List.of("esco-1-2-0@" + T + "occupation/social-media-manager"));
		assertThat((String) manager.get("description")).contains("organisation's presence").endsWith("\"marketing\".");
		assertThat(manager.get("aliases")).isEqualTo(List.of("social media lead", "head of social media",
				"beheerder sociale media", "socialemediamanager"));
		assertThat(Citation.parse(((List<?>) manager.get("cites")).getFirst().toString(), false).concept())
			.isEqualTo(T + "occupation/social-media-manager");

		var skill = one("MATCH (s:Skill {id: 'esco-skill-manage-online-communities'}) RETURN s.skillType AS type, "
				+ "s.descriptionEn AS description");
		assertThat(skill).containsEntry("type", "skill/competence");
		assertThat((String) skill.get("description")).contains("keep its rules.\nPlan events");
		assertThat(one("MATCH (s:Skill {id: 'esco-skill-marketing-principles'}) RETURN s.skillType AS type"))
			.containsEntry("type", "knowledge");
		assertThat(one("MATCH (r:Role {id: 'esco-occupation-digital-marketing-specialist'}) "
				+ "RETURN r.descriptionEn IS NULL AS empty")).containsEntry("empty", true);

		assertThat(one("MATCH (:Role {id: '" + MANAGER + "'})-[r:REQUIRES]->(:Skill {id: 'esco-skill-plan-campaigns'}) "
				+ "RETURN r.essential AS essential, r.cites AS cites")).containsEntry("essential", false)
			.containsEntry("cites", List.of("esco-1-2-0@" + T + "occupation/social-media-manager"));
		assertThat(one("""
				MATCH path = (:Role {id: 'esco-occupation-online-community-manager'})-[:BROADER*]->(top:OccupationGroup)
				WHERE NOT (top)-[:BROADER]->()
				RETURN [n IN nodes(path) | coalesce(n.code, n.id)] AS chain
				ORDER BY length(path) DESC LIMIT 1""")).containsEntry("chain",
				List.of("esco-occupation-online-community-manager", "esco-occupation-social-media-manager", "2431",
						"243", "24", "2"));
		assertThat(one("MATCH (s:Source {id: 'esco-1-2-0'}) RETURN s.version AS version, s.license AS license"))
			.containsEntry("version", "1.2.0")
			.containsEntry("license", "CC BY 4.0");
	}

	@Test
	void aSecondImportChangesNothingAndSaysSo() throws IOException {
		this.esco.run(fixture(), "1.2.0");
		var again = this.esco.run(fixture(), "1.2.0");
		assertThat(again.nodes()).isEqualTo(new Counts(0, 0, 24));
		assertThat(again.relationships()).isEqualTo(new Counts(0, 0, 32));
		assertThat(again.proposals()).isZero();
		assertThat(again.lines()).last().isEqualTo("Nothing changed: the graph already held this import.");
	}

	@Test
	void aChangedDescriptionIsOneUpdatedNode() throws IOException {
		this.esco.run(fixture(), "1.2.0");
		Path changed = copyOfFixture();
		Path file = changed.resolve("occupations_en.csv");
		Files.writeString(file, Files.readString(file).replace("Leads marketing: budgets", "Leads marketing: plans"));
		var summary = this.esco.run(changed, "1.2.0");
		assertThat(summary.nodes()).isEqualTo(new Counts(0, 1, 23));
		assertThat(one("MATCH (r:Role {id: 'esco-occupation-marketing-manager'}) RETURN r.descriptionEn AS d"))
			.containsEntry("d", "Leads marketing: plans, campaigns, brands and the teams that run them.");
	}

	@Test
	void articleRolesNamedLikeAnOccupationGetSameAsProposalsForCurators() throws IOException {
		// A curator already said the community manager is the same job, stated the other way round.
		this.client.query("""
				CREATE (:Role {id: 'esco-occupation-online-community-manager', kind: 'ROLE', nameEn: 'x'})
				  -[:SAME_AS {cites: ['004:2'], inferred: false, origin: 'curator'}]->(:Role {id: 'placeholder'})""").run();
		this.client.query("""
				MATCH (e:Role {id: 'esco-occupation-online-community-manager'}), (c:Role {id: 'community-manager'}),
				  (p:Role {id: 'placeholder'})
				CREATE (e)-[:SAME_AS {cites: ['004:2'], inferred: false, origin: 'curator'}]->(c)
				DETACH DELETE p""").run();
		var summary = this.esco.run(fixture(), "1.2.0");
		assertThat(summary.proposals()).isEqualTo(1);
		var proposal = one("MATCH (:Role {id: 'social-media-manager'})-[s:SAME_AS]->(e:Role) "
				+ "RETURN e.id AS id, s.inferred AS inferred, s.note AS note");
		assertThat(proposal).containsEntry("id", MANAGER).containsEntry("inferred", true);
		assertThat((String) proposal.get("note")).startsWith("proposed by the ESCO import");
		assertThat(one("MATCH (:Role {id: 'community-manager'})-[s:SAME_AS]-() RETURN count(s) AS links, "
				+ "collect(s.origin) AS origins")).containsEntry("links", 1L).containsEntry("origins", List.of("curator"));
		assertThat(one("MATCH (:Role {id: 'marketing-team'})-[s:SAME_AS]-() RETURN count(s) AS links"))
			.as("teams are not jobs").containsEntry("links", 0L);
	}

	@Test
	void theArticleGraphIsLeftAsItWas() throws IOException {
		String articles = """
				MATCH (n) WHERE NOT n.id STARTS WITH 'esco-' AND NOT n:SeedState AND NOT n:GraphVersion
				WITH n ORDER BY n.id
				RETURN collect(properties(n)) AS nodes,
				  COLLECT { MATCH (a)-[r]->(b) WHERE NOT a.id STARTS WITH 'esco-' AND NOT b.id STARTS WITH 'esco-'
				            RETURN [a.id, type(r), b.id, properties(r)] AS link ORDER BY link[0], link[1], link[2] } AS links""";
		var before = one(articles);
		long version = version();
		this.esco.run(fixture(), "1.2.0");
		assertThat(one(articles)).isEqualTo(before);
		assertThat(version()).as("the graph's version, which HTTP caches' tags follow").isEqualTo(version + 1);
	}

	private long version() {
		return ((Number) one("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.n, 0) AS n").get("n")).longValue();
	}

	@Test
	void theFullTextIndexSearchUsesFindsAnOccupationByItsDutchLabel() throws IOException {
		this.esco.run(fixture(), "1.2.0");
		assertThat(one("""
				CALL db.index.fulltext.queryNodes('text_en', 'communitymanager') YIELD node, score
				RETURN node.id AS id ORDER BY score DESC LIMIT 1""")).containsEntry("id",
				"esco-occupation-online-community-manager");
	}

	static Stream<Arguments> malformed() {
		return Stream.of(
				Arguments.of("an unclosed quote", "skills_en.csv", "budget and timing.\"", "budget and timing.",
						"skills_en.csv", 12, 185),
				Arguments.of("a row with a missing field", "occupationSkillRelations_en.csv",
						"social-media-manager,essential,knowledge,", "social-media-manager,essential,", 
						"occupationSkillRelations_en.csv", 4, 0),
				Arguments.of("a relation to an unknown skill", "occupationSkillRelations_en.csv",
						"skill/public-relations", "skill/no-such-skill", "occupationSkillRelations_en.csv", 16, 4),
				Arguments.of("an unknown relation type", "occupationSkillRelations_en.csv", "essential,knowledge," + T
						+ "skill/public-relations", "mandatory,knowledge," + T + "skill/public-relations",
						"occupationSkillRelations_en.csv", 16, 2),
				Arguments.of("a header without conceptUri", "ISCOGroups_en.csv", "conceptType,conceptUri,",
						"conceptType,uri,", "ISCOGroups_en.csv", 1, 0),
				Arguments.of("mis-decoded text in a label", "occupations_en.csv", "head of marketing",
						"head of marketingâ€™s team", "occupations_en.csv", 10, 5),
				Arguments.of("a Dutch row for an occupation the English file lacks", "occupations_nl.csv",
						T + "occupation/digital-marketing-specialist", T + "occupation/nowhere", "occupations_nl.csv",
						4, 2),
				Arguments.of("text after a closing quote", "occupations_en.csv", "\"Leads marketing: budgets",
						"\"Leads\" marketing: budgets", "occupations_en.csv", 10, 0));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformed")
	void aMalformedFileIsNamedWithItsLineAndColumnAndNothingIsWritten(String what, String file, String find,
			String replace, String expectedFile, int line, int column) throws IOException {
		Path broken = copyOfFixture();
		Path target = broken.resolve(file);
		String text = Files.readString(target, StandardCharsets.UTF_8);
		assertThat(text).as("the fixture still has the text to break").contains(find);
		Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(find),
				java.util.regex.Matcher.quoteReplacement(replace)), StandardCharsets.UTF_8);
		var before = one("MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS links");
		long version = version();
		assertThatThrownBy(() -> this.esco.run(broken, "1.2.0")).isInstanceOfSatisfying(CsvException.class, ex -> {
			assertThat(ex.file()).isEqualTo(expectedFile);
			assertThat(ex.line()).isEqualTo(line);
			if (column > 0) {
				assertThat(ex.column()).isEqualTo(column);
			}
		});
		assertThat(one("MATCH (n) RETURN count(n) AS nodes, COUNT { ()-[]->() } AS links")).isEqualTo(before);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aFolderWithoutEnglishOccupationsIsRefused() throws IOException {
		Path broken = copyOfFixture();
		Files.delete(broken.resolve("occupations_en.csv"));
		assertThatThrownBy(() -> this.esco.run(broken, "1.2.0")).isInstanceOf(CsvException.class)
			.hasMessageContaining("occupations_en.csv")
			.hasMessageContaining("English labels are required");
	}

	@Test
	void bytesThatAreNotUtf8AreNamedWhereTheyStand() throws IOException {
		Path broken = copyOfFixture();
		Path file = broken.resolve("skills_en.csv");
		byte[] bytes = Files.readAllBytes(file);
		byte[] withBadByte = new byte[bytes.length + 1];
		int at = new String(bytes, StandardCharsets.UTF_8).indexOf("marketing principles") + 3;
		System.arraycopy(bytes, 0, withBadByte, 0, at);
		withBadByte[at] = (byte) 0xFF;
		System.arraycopy(bytes, at, withBadByte, at + 1, bytes.length - at);
		Files.write(file, withBadByte);
		assertThatThrownBy(() -> this.esco.run(broken, "1.2.0")).isInstanceOfSatisfying(CsvException.class,
				ex -> assertThat(ex.getMessage()).contains("skills_en.csv").contains("not valid UTF-8"));
	}

	private Path copyOfFixture() throws IOException {
		Path copy = Files.createTempDirectory(this.temp, "esco");
		try (Stream<Path> files = Files.list(fixture())) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		return copy;
	}

}
