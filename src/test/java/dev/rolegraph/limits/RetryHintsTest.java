package dev.rolegraph.limits;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A TOO_BUSY answer says when to come back, and a connection told to wait is held to it once. */
class RetryHintsTest {

	private final RetryHints hints = new RetryHints();

	private WebGraphQlResponse answer(ExecutionResult result) {
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), new InetSocketAddress("127.0.0.1", 50_001), Map.of(),
				Map.of("query", "{ __typename }"), "1", null);
		return this.hints.intercept(request, next -> Mono.just(new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(ExecutionInput.newExecutionInput("{ __typename }").build(), result))))
			.block();
	}

	private long millisWaited(String connection) throws InterruptedException {
		long started = System.nanoTime();
		this.hints.awaitHint(connection);
		return (System.nanoTime() - started) / 1_000_000;
	}

	@Test
	void aBusyAnswerCarriesRetryAfterInWholeSeconds() {
		WebGraphQlResponse refused = answer(ExecutionResult.newExecutionResult()
			.errors(List.of(GraphqlErrorBuilder.newError()
				.errorType(QueryLimits.Busy.TOO_BUSY)
				.message("too busy")
				.extensions(Map.of("retryAfterMs", 1_300L))
				.build()))
			.build());
		assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
		WebGraphQlResponse answered = answer(ExecutionResult.newExecutionResult().data(Map.of("__typename", "Query")).build());
		assertThat(answered.getResponseHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
	}

	@Test
	void aConnectionToldToWaitIsHeldOnceAndOthersAreNot() throws InterruptedException {
		this.hints.remember("127.0.0.1 50001", 300);
		assertThat(millisWaited("127.0.0.1 50002")).as("another connection of the same address").isLessThan(50);
		assertThat(millisWaited("127.0.0.1 50001")).isBetween(250L, 600L);
		assertThat(millisWaited("127.0.0.1 50001")).as("a hint holds once").isLessThan(50);
	}

}
