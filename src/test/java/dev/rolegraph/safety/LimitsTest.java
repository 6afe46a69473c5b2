package dev.rolegraph.safety;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

class LimitsTest extends ApiTest {

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyApiTransactionCarriesTheConfiguredTimeout() {
		assertThat(this.transactions).isInstanceOfSatisfying(AbstractPlatformTransactionManager.class,
				manager -> assertThat(manager.getDefaultTimeout()).isEqualTo(10));
	}

	/** Posts {@code body} streamed in chunks, without a declared length, as a client may. */
	private HttpResponse<String> postChunked(String body) throws Exception {
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
				.build();
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	@Test
	void aBodyStreamedWithoutALengthIsAnsweredUnderTheLimitAndRefusedOverIt() throws Exception {
		String query = "{ role(id: \"social-media-officer\") { name } }";
		HttpResponse<String> small = postChunked("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("Social Media Officer");
		HttpResponse<String> large = postChunked("{\"query\": \"{ __typename }\", \"pad\": \"" + "x".repeat(70_000) + "\"}");
		assertThat(large.statusCode()).isEqualTo(413);
		assertThat(large.body()).contains("BAD_REQUEST").contains("larger than 65536 bytes");
	}

	@Test
	void aQueryJustUnderTheLimitsIsAnsweredAndOneOverIsRefusedBeforeItRuns() {
		String nested = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(4) + "id"
				+ " } }".repeat(4) + " } }";
		this.graphQl.document(nested).execute().path("role.nextSteps[0].role.nextSteps").entityList(Object.class).hasSizeGreaterThan(0);
		String tooDeep = "{ role(id: \"social-media-officer\") { " + "nextSteps { role { ".repeat(6) + "id"
				+ " } }".repeat(6) + " } }";
		this.graphQl.document(tooDeep)
			.execute()
			.errors()
			.expect(error -> error.getErrorType() == graphql.ErrorType.ExecutionAborted
					&& error.getMessage().contains("depth"))
			.verify();
	}

}
