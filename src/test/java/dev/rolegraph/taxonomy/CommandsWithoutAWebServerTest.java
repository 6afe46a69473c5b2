package dev.rolegraph.taxonomy;

import dev.rolegraph.RolegraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands start the whole application as {@code RolegraphApplication.main} does, without a web server, on a
 * database of their own: an import of the fixture folder, with its similarity moves, and then {@code moves refresh}
 * exit with 0 (a configuration that only holds with a web server once stopped every command at start).
 */
@Tag("end-to-end")
class CommandsWithoutAWebServerTest {

	@Test
	void importEscoThenMovesRefreshExitWithZero() throws Exception {
		String folder = new ClassPathResource("esco/fixture").getFile().getAbsolutePath();
		var context = new SpringApplicationBuilder(RolegraphApplication.class).web(WebApplicationType.NONE)
			.run("import", "esco", folder, "--rolegraph.embedded.temporary=true", "--rolegraph.embedded.bolt-port=0",
					"--spring.main.banner-mode=off");
		try {
			long moves = context.getBean(org.neo4j.driver.Driver.class)
				.executableQuery("MATCH (:Role)-[m:SIMILAR_TO]->(:Role {origin: 'esco'}) RETURN count(m) AS n")
				.execute()
				.records()
				.getFirst()
				.get("n")
				.asLong();
			assertThat(moves).as("moves computed by the import").isPositive();
			assertThat(context.getBean(ImportCommand.class).getExitCode()).isZero();
			context.getBean(ImportCommand.class).run(new org.springframework.boot.DefaultApplicationArguments("moves", "refresh"));
			assertThat(context.getBean(ImportCommand.class).getExitCode()).isZero();
		}
		finally {
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

}
