package dev.rolegraph.api;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions a client can act on into classified GraphQL errors that name the argument, logged as one
 * line each; anything else stays INTERNAL_ERROR without details (Spring's default). An unexpected failure is
 * logged with its stack trace the first time it occurs in a field, and as one line after that, so that a client
 * repeating a failing request cannot fill the log.
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorResolver.class);

	/** Most distinct failures whose stack trace is remembered as already logged. */
	private static final int MAX_KNOWN_FAILURES = 1_000;

	private final Set<String> knownFailures = ConcurrentHashMap.newKeySet();

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, notFound.getMessage(), notFound.argument());
		}
		if (ex instanceof InvalidArgumentException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.argument());
		}
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			// Spring GraphQL's security resolver turns these into UNAUTHORIZED or FORBIDDEN.
			return null;
		}
		String failure = env.getFieldDefinition().getName() + " " + ex.getClass().getName();
		if (this.knownFailures.size() < MAX_KNOWN_FAILURES && this.knownFailures.add(failure)) {
			log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		}
		else {
			log.error("Unexpected failure in {}: {} (stack trace logged at its first occurrence)",
					env.getExecutionStepInfo().getPath(), ex.toString());
		}
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String argument) {
		log.info("{} at {}: {}", type, env.getExecutionStepInfo().getPath(), message);
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("argument", argument))
			.build();
	}

}
