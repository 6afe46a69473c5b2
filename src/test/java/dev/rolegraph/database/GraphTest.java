package dev.rolegraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import dev.rolegraph.taxonomy.EscoImport;
import org.junit.jupiter.api.Tag;

import org.springframework.boot.data.neo4j.test.autoconfigure.DataNeo4jTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A test of one {@code *Graph} class against a small Cypher fixture of its own: a Spring Data Neo4j slice on an
 * embedded database of its own (empty, no seed), shared by every graph test. Each test runs in a transaction that is
 * rolled back afterwards, so the next test starts from an empty graph again.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataNeo4jTest(properties = { "rolegraph.embedded.temporary=true", "rolegraph.embedded.bolt-port=0",
		"rolegraph.seed.enabled=false" })
@Import(GraphTest.Floor.class)
@Tag("graph")
public @interface GraphTest {

	/**
	 * The database floor, every {@code *Graph} class and the taxonomy import, so that all graph tests share one
	 * context.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Import({ EmbeddedNeo4jConfiguration.class, DeadlineTransactions.class, GraphMapper.class, GraphReads.class,
			GraphSchema.class, SimilarMoves.class, EscoImport.class, DatabaseOutage.class, StartupLock.class })
	@ComponentScan(basePackages = "dev.rolegraph", useDefaultFilters = false,
			includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.rolegraph\\.(role|career|insight|search|curation)\\.[A-Z]\\w*Graph"))
	class Floor {

	}

	/** Loads {@code fixtures/<name>.cypher} (statements separated by a semicolon at a line's end) into the graph. */
	final class Fixture {

		private Fixture() {
		}

		public static void load(Neo4jClient client, String name) {
			try {
				String cypher = new ClassPathResource("fixtures/" + name + ".cypher")
					.getContentAsString(StandardCharsets.UTF_8);
				Arrays.stream(cypher.split(";\\s*\\n"))
					.map(String::strip)
					.filter(statement -> !statement.isEmpty())
					.forEach(statement -> client.query(statement).run());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
