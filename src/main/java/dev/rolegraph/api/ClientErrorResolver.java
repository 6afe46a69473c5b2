package dev.rolegraph.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions a client can act on into classified GraphQL errors that name the argument; anything
 * else stays INTERNAL_ERROR without details (Spring's default), and is logged here.
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorResolver.class);

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
		log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return null;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message, String argument) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(message)
			.extensions(Map.of("argument", argument))
			.build();
	}

}
