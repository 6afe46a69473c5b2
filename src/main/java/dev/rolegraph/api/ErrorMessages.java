package dev.rolegraph.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rewrites graphql-java's validation messages, which print literals as its own syntax-tree objects
 * ({@code EnumValue{name='SKIL'}}), into the GraphQL a client wrote ({@code SKIL}).
 */
@Component
class ErrorMessages implements WebGraphQlInterceptor {

	/** {@code EnumValue{name='X'}}, {@code StringValue{value='x'}}, {@code IntValue{value=1}} and the like. */
	private static final Pattern SCALAR = Pattern
		.compile("(EnumValue|StringValue|IntValue|FloatValue|BooleanValue|VariableReference)\\{(?:name|value)=('?)(.*?)\\2\\}");

	private static final Pattern NULL = Pattern.compile("NullValue\\{\\}");

	private static final Pattern LIST = Pattern.compile("ArrayValue\\{values=\\[([^\\[\\]]*)\\]\\}");

	private static final Pattern OBJECT_FIELD = Pattern.compile("ObjectField\\{name='([^']*)', value=([^{}]*?)\\}");

	private static final Pattern OBJECT = Pattern.compile("ObjectValue\\{objectFields=\\[([^\\[\\]]*)\\]\\}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			if (response.getErrors().stream().noneMatch(error -> readable(error.getMessage()) != error.getMessage())) {
				return response;
			}
			return response.transform(builder -> builder.errors(response.getErrors()
				.stream()
				.map(error -> (GraphQLError) GraphqlErrorBuilder.newError()
					.message(readable(error.getMessage()))
					.locations(error.getLocations())
					.path(error.getParsedPath())
					.errorType(error.getErrorType())
					.extensions(error.getExtensions())
					.build())
				.toList()));
		});
	}

	/** The message with syntax-tree objects printed as GraphQL; the same instance when there are none. */
	static String readable(String message) {
		if (message == null || !message.contains("Value{") && !message.contains("ObjectField{")) {
			return message;
		}
		String text = message;
		text = replaceAll(SCALAR, text, m -> m.group(1).equals("StringValue") ? "\"" + m.group(3) + "\""
				: m.group(1).equals("VariableReference") ? "$" + m.group(3) : m.group(3));
		text = NULL.matcher(text).replaceAll("null");
		for (int i = 0; i < 8 && (text.contains("ArrayValue{") || text.contains("ObjectValue{")); i++) {
			text = replaceAll(OBJECT_FIELD, text, m -> m.group(1) + ": " + m.group(2));
			text = replaceAll(OBJECT, text, m -> "{" + m.group(1) + "}");
			text = replaceAll(LIST, text, m -> "[" + m.group(1) + "]");
		}
		return text;
	}

	private static String replaceAll(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> by) {
		return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(by.apply(match)));
	}

}
