package dev.rolegraph.security;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges around the API: health, cross-origin calls, HTTP methods, sign-in guessing and slow clients. */
class SecurityEdgesTest extends ApiTest {

	@Test
	void anonymousHealthSaysUpOrDownAndNothingElse() {
		String body = this.http.get().uri("/actuator/health").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components", "details", "diskSpace", "/");
	}

	@Test
	void aPageOnAnotherSiteCannotCallTheApi() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://attacker.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://attacker.example")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ sources { id } }\"}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void theServersOwnPagesStillCallTheApi() {
		this.http.post()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:" + this.port)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ sources { id } }\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aMutationSentByGetIsNotRun() {
		long before = count("MATCH (s:Skill) RETURN count(s)");
		String mutation = "mutation { createSkill(input: {id: \"by-get\", name: {en: \"x\", id: \"x\"}, "
				+ "evidence: {sourceId: \"003\", lines: \"1\"}}) { errors { code } } }";
		this.http.method(HttpMethod.GET)
			.uri(builder -> builder.path("/graphql").queryParam("query", "{query}").build(mutation))
			.headers(headers -> headers.setBasicAuth("curator", "curator-test-password"))
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isGreaterThanOrEqualTo(400).isLessThan(500));
		assertThat(count("MATCH (s:Skill) RETURN count(s)")).isEqualTo(before);
		assertThat(count("MATCH (s:Skill {id: 'by-get'}) RETURN count(s)")).isZero();
	}

	@Test
	void repeatedWrongPasswordsAreThrottled() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
			statuses.add(this.http.post()
				.uri("/graphql")
				.headers(headers -> headers.setBasicAuth("mallory", "guess-" + statuses.size()))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue("{\"query\": \"{ sources { id } }\"}")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getStatus()
				.value());
		}
		assertThat(statuses.subList(0, LoginThrottle.FREE_FAILURES)).containsOnly(401);
		assertThat(statuses.get(LoginThrottle.FREE_FAILURES + 1)).isEqualTo(429);
		this.http.post()
			.uri("/graphql")
			.headers(headers -> headers.setBasicAuth("mallory", "another-guess"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ sources { id } }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("TOO_MANY_REQUESTS");
	}

	@Test
	void manySlowSendersDoNotStarveOtherClients() throws Exception {
		List<Socket> slow = new ArrayList<>();
		try {
			for (int i = 0; i < 250; i++) {
				Socket socket = new Socket("localhost", this.port);
				OutputStream out = socket.getOutputStream();
				// A request whose body never finishes arriving: it holds its connection and, today, a request thread.
				out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				slow.add(socket);
			}
			long started = System.nanoTime();
			this.graphQl.mutate()
				.responseTimeout(Duration.ofSeconds(5))
				.build()
				.document("{ role(id: \"social-media-officer\") { name } }")
				.execute()
				.path("role.name")
				.entity(String.class)
				.isEqualTo("Social Media Officer");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

}
