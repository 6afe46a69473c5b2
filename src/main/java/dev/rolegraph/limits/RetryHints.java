package dev.rolegraph.limits;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Holds a client to the retry hint of a TOO_BUSY answer. The answer carries {@code Retry-After} (as an UNAVAILABLE
 * or UNKNOWN_OUTCOME one does, the database being away); a heavy request
 * that comes back on the same connection before the hint has passed waits out the rest of it (on its own cheap
 * virtual thread) before it asks the bulkhead again ({@link QueryLimits}). A client that retries at once then costs
 * one refusal per hint, as one that waits does, instead of hundreds a second while the light questions of everyone
 * else queue behind them. Only heavy requests wait: a light request on a connection a proxy or a client's pool
 * shares with a refused one is never held. Keyed by connection (address and port).
 */
@Component
class RetryHints implements WebGraphQlInterceptor {

	/** The GraphQL context key of the request's connection. */
	static final String CONNECTION = RetryHints.class.getName() + ".connection";

	/** Most connections remembered at once; past it, expired hints are dropped and new ones not kept. */
	static final int MAX_CONNECTIONS = 10_000;

	/** The classifications whose answer carries {@code Retry-After}: too busy, and the database away. */
	private static final Set<String> RETRYABLE = Set.of(QueryLimits.Busy.TOO_BUSY.toString(), "UNAVAILABLE",
			"UNKNOWN_OUTCOME");

	/** Until when (System.nanoTime) each connection was told to wait. */
	private final Map<String, Long> until = new ConcurrentHashMap<>();

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		InetSocketAddress client = request.getRemoteAddress();
		if (client != null && client.getAddress() != null) {
			String connection = client.getAddress().getHostAddress() + " " + client.getPort();
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext(context -> context.put(CONNECTION, connection))
				.build());
		}
		return chain.next(request).doOnNext(response -> {
			for (ResponseError error : response.getErrors()) {
				if (RETRYABLE.contains(String.valueOf(error.getErrorType()))
						&& error.getExtensions().get("retryAfterMs") instanceof Number millis) {
					response.getResponseHeaders()
						.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, Math.ceilDiv(millis.longValue(), 1000))));
					return;
				}
			}
		});
	}

	/** Remembers that {@code connection} was told to wait {@code millis}. */
	void remember(String connection, long millis) {
		long now = System.nanoTime();
		if (this.until.size() >= MAX_CONNECTIONS) {
			this.until.values().removeIf(deadline -> deadline - now <= 0);
			if (this.until.size() >= MAX_CONNECTIONS) {
				return;
			}
		}
		this.until.put(connection, now + millis * 1_000_000);
	}

	/** Waits until the hint given to {@code connection} has passed, if one was given and has not. */
	void awaitHint(String connection) throws InterruptedException {
		Long deadline = this.until.remove(connection);
		if (deadline != null) {
			long left = deadline - System.nanoTime();
			if (left > 0) {
				Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
			}
		}
	}

}
