package dev.rolegraph.http;

import java.util.List;
import java.util.Set;

import dev.rolegraph.database.GraphVersion;
import graphql.ExecutionInput;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Cache headers on answers to GET: an anonymous query answered without errors is {@code public} for
 * {@code rolegraph.http.max-age} and tagged with the graph's version ({@link GraphVersion}) as it was when the
 * request arrived, so a write changes every answer's tag; anything else (errors, a signed-in caller, a version not
 * known while the database is away) is {@code no-store}. POST answers keep Spring Security's {@code no-store}.
 */
@Component
class HttpCaching implements WebGraphQlInterceptor {

	/** Request attribute, and GraphQL context key (read by {@link PersistedQueries}): the request came by GET. */
	static final String GET = HttpCaching.class.getName() + ".get";

	/** Request attribute: the tag a successful answer gets, absent when it must not be stored. */
	static final String ETAG = HttpCaching.class.getName() + ".etag";

	private final String publicCacheControl;

	HttpCaching(HttpProperties properties) {
		this.publicCacheControl = "public, max-age=" + properties.maxAge().toSeconds();
	}

	String publicCacheControl() {
		return this.publicCacheControl;
	}

	static boolean isGet(ExecutionInput input) {
		return Boolean.TRUE.equals(input.getGraphQLContext().get(GET));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!Boolean.TRUE.equals(request.getAttributes().get(GET))) {
			return chain.next(request);
		}
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(c -> c.put(GET, true)).build());
		String etag = (String) request.getAttributes().get(ETAG);
		return chain.next(request).doOnNext(response -> {
			HttpHeaders headers = response.getResponseHeaders();
			if (etag != null && response.getErrors().isEmpty()) {
				headers.setCacheControl(this.publicCacheControl);
				headers.setETag(etag);
				headers.setVary(List.of(HttpHeaders.ACCEPT));
			}
			else {
				headers.setCacheControl("no-store");
			}
			if (response.getErrors().stream().anyMatch(e -> e.getErrorType() == HttpErrors.METHOD_NOT_ALLOWED)) {
				headers.setAllow(Set.of(HttpMethod.POST));
			}
		});
	}

}
