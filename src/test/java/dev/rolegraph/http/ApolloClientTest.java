package dev.rolegraph.http;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real client, not an emulation: Apollo Client 3 and its persisted-query link with {@code useGETForHashedQueries},
 * run by Node from src/test/apollo (installed by the build: the apollo-client profile in pom.xml).
 */
class ApolloClientTest extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void apolloClientsPersistedQueryLinkRegistersItsQueryOnceThenAsksByHashOverGet() throws Exception {
		File errors = File.createTempFile("apollo", ".log");
		Process node = new ProcessBuilder("node", "src/test/apollo/client.mjs", "http://localhost:" + this.port + "/graphql")
			.redirectError(errors)
			.start();
		String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(node.exitValue()).as(Files.readString(errors.toPath())).isZero();
		JsonNode run = JSON.readTree(output);
		JsonNode exchanges = run.path("exchanges");
		assertThat(exchanges.size()).isEqualTo(3);

		JsonNode unknown = exchanges.path(0);
		assertThat(unknown.path("method").asString()).isEqualTo("GET");
		assertThat(unknown.path("url").asString()).contains("extensions=").doesNotContain("query=");
		assertThat(unknown.path("status").asInt()).isEqualTo(200);
		assertThat(unknown.path("answer").path("errors").path(0).path("message").asString()).isEqualTo("PersistedQueryNotFound");

		JsonNode registering = exchanges.path(1);
		assertThat(registering.path("sentQuery").asBoolean() || registering.path("url").asString().contains("query=")).isTrue();
		assertThat(registering.path("status").asInt()).isEqualTo(200);

		JsonNode byHash = exchanges.path(2);
		assertThat(byHash.path("method").asString()).isEqualTo("GET");
		assertThat(byHash.path("url").asString()).doesNotContain("query=");
		assertThat(byHash.path("status").asInt()).isEqualTo(200);
		assertThat(byHash.path("etag").asString()).startsWith("W/\"");
		assertThat(byHash.path("cacheControl").asString()).startsWith("public, max-age=");

		assertThat(run.path("first").path("role").path("id").asString()).isEqualTo("social-media-officer");
		assertThat(run.path("first").path("role").path("skills").size()).isPositive();
		assertThat(run.path("second")).isEqualTo(run.path("first"));
	}

}
