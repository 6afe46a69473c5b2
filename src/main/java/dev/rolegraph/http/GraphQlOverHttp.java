package dev.rolegraph.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.database.GraphVersion;
import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP beside Spring's POST: queries by GET as the GraphQL-over-HTTP draft describes them
 * ({@code query}, {@code variables}, {@code operationName} and {@code extensions} as URL parameters), revalidated
 * with {@code If-None-Match} against the graph's version without running anything; persisted queries
 * ({@link PersistedQueries}) over GET and POST.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GraphQlOverHttp {

	private static final List<String> PARAMETERS = List.of("query", "variables", "operationName", "extensions");

	@Bean
	GraphQlSourceBuilderCustomizer documentProvider(PersistedQueries documents) {
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(documents));
	}

	/** Spring's handler, but a missing persisted query is 200 and a mutation by GET 405. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
		return new GraphQlHttpHandler(handler) {

			@Override
			protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType type) {
				for (ResponseError error : response.getErrors()) {
					if (error.getErrorType() == HttpErrors.METHOD_NOT_ALLOWED) {
						return HttpStatus.METHOD_NOT_ALLOWED;
					}
					// Apollo Client's link stops using persisted queries after a 400; it registers after a 200.
					if (error.getErrorType() == HttpErrors.PERSISTED_QUERY_NOT_FOUND) {
						return HttpStatus.OK;
					}
				}
				return super.selectResponseStatus(response, type);
			}

		};
	}

	/** Ahead of Boot's route, which answers GET with 405. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlByGet(GraphQlHttpHandler handler, HttpCaching caching, GraphVersion version,
			JsonMapper json, @Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route().GET(path, request -> get(request, handler, caching, version, json)).build();
	}

	private static ServerResponse get(ServerRequest request, GraphQlHttpHandler handler, HttpCaching caching,
			GraphVersion versions, JsonMapper json) throws ServletException {
		Map<String, Object> body = new LinkedHashMap<>();
		for (String name : PARAMETERS) {
			List<String> values = request.params().getOrDefault(name, List.of());
			if (values.size() > 1) {
				return badRequest(name + ": given " + values.size() + " times; give it once");
			}
			if (values.isEmpty()) {
				continue;
			}
			String value = values.getFirst();
			if (name.equals("variables") || name.equals("extensions")) {
				try {
					Object parsed = json.readValue(value, Object.class);
					if (parsed != null && !(parsed instanceof Map)) {
						return badRequest(name + ": not a JSON object");
					}
					body.put(name, parsed);
				}
				catch (JacksonException ex) {
					return badRequest(name + ": not a JSON object (" + ex.getOriginalMessage() + ")");
				}
			}
			else {
				body.put(name, value);
			}
		}
		if (!body.containsKey("query")
				&& !(body.get("extensions") instanceof Map<?, ?> extensions && extensions.get("persistedQuery") != null)) {
			return badRequest("query: missing; send the document, or a persisted query's hash in extensions");
		}
		boolean anonymous = request.headers().firstHeader(HttpHeaders.AUTHORIZATION) == null;
		long version = versions.current();
		String etag = anonymous && version != GraphVersion.UNKNOWN ? etag(version, request) : null;
		if (etag != null && matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.header(HttpHeaders.CACHE_CONTROL, caching.publicCacheControl())
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
				.build();
		}
		ServerRequest.Builder post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(json.writeValueAsBytes(body))
			.attribute(HttpCaching.GET, true);
		if (etag != null) {
			post.attribute(HttpCaching.ETAG, etag);
		}
		return handler.handleRequest(post.build());
	}

	/** Weak: the same answer, not necessarily the same bytes. One URL and Accept at one version of the graph. */
	private static String etag(long version, ServerRequest request) {
		String accept = String.valueOf(request.headers().firstHeader(HttpHeaders.ACCEPT));
		String key = request.servletRequest().getQueryString() + "\n" + accept;
		return "W/\"" + version + "-" + PersistedQueries.sha256(key).substring(0, 16) + "\"";
	}

	private static boolean matches(List<String> ifNoneMatch, String etag) {
		String opaque = etag.substring(2);
		for (String header : ifNoneMatch) {
			for (String tag : header.split(",")) {
				String candidate = tag.strip();
				if (candidate.equals("*") || (candidate.startsWith("W/") ? candidate.substring(2) : candidate).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	private static ServerResponse badRequest(String message) {
		return ServerResponse.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("classification", "BAD_REQUEST")))));
	}

}
