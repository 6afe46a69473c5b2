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
 * ({@code EnumValue{name='SKIL'}}), into the GraphQL a client wrote ({@code SKIL}), and cuts what they quote of
 * the client's document to {@link Quote#MAX} characters.
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

	/**
	 * A run of characters too long to quote whole: a client's name or literal echoed by validation (one already cut
	 * by {@link Quote}, which ends in an ellipsis, is left as it is).
	 */
	private static final Pattern LONG_RUN = Pattern.compile("[^\\s'\"\\[\\]{}…]{" + (Quote.MAX + 1) + ",}");

	/**
	 * The message with syntax-tree objects printed as GraphQL and every run of more than {@link Quote#MAX}
	 * characters cut (validation quotes unknown field names and literals whole); the same instance when neither
	 * occurs.
	 */
	static String readable(String message) {
		if (message == null) {
			return null;
		}
		String text = syntax(message);
		return LONG_RUN.matcher(text).find() ? replaceAll(LONG_RUN, text, match -> Quote.of(match.group())) : text;
	}

	private static String syntax(String message) {
		if (!message.contains("Value{") && !message.contains("ObjectField{")) {
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
