package dev.rolegraph.api;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import dev.rolegraph.database.CommitOutcomeUnknown;
import dev.rolegraph.database.DatabaseOutage;
import dev.rolegraph.database.RequestBookmarks;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions a client can act on into classified GraphQL errors that name the argument, logged as one
 * line each; a question the database could not answer because it is away is UNAVAILABLE with a retry hint, logged
 * once per outage ({@link DatabaseOutage}); anything else stays INTERNAL_ERROR without details (Spring's default).
 * An unexpected failure is logged with its stack trace the first time it occurs in a field, and as one line after
 * that, so that a client repeating a failing request cannot fill the log.
 */
@Component
class ClientErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ClientErrorResolver.class);

	/** Most distinct failures whose stack trace is remembered as already logged. */
	private static final int MAX_KNOWN_FAILURES = 1_000;

	/** Neo4j's status codes for a transaction past its timeout (client- or server-configured). */
	private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	/**
	 * A transaction the database terminated while it waited for a lock: here, one whose request ran out of time
	 * waiting for another write (every write takes the graph version's lock), seen by the fault tests after an outage.
	 */
	private static final String LOCK_CLIENT_STOPPED = "Neo.ClientError.Transaction.LockClientStopped";

	/** Neo4j's status codes for a bookmark it cannot read, or bookmarks of different databases. */
	private static final String INVALID_BOOKMARK = "Neo.ClientError.Transaction.InvalidBookmark";

	private final Set<String> knownFailures = ConcurrentHashMap.newKeySet();

	private final DatabaseOutage outage;

	/** Controller slice tests have no database and so no outage to tell. */
	@Autowired
	ClientErrorResolver(ObjectProvider<DatabaseOutage> outage) {
		this(outage.getIfAvailable(DatabaseOutage::new));
	}

	ClientErrorResolver(DatabaseOutage outage) {
		this.outage = outage;
	}

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
		if (ex instanceof CommitOutcomeUnknown unknown) {
			log.warn("UNKNOWN_OUTCOME at {}: {}", env.getExecutionStepInfo().getPath(), unknown.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(Unavailable.UNKNOWN_OUTCOME)
				.message("'" + env.getFieldDefinition().getName() + "' lost the database while committing: the change"
						+ " may or may not have been written; once the database answers, 'changes' (since the time you"
						+ " sent it, by you) tells which, since every write commits with its audit record")
				.extensions(Map.of("retryAfterMs", DatabaseOutage.RETRY_AFTER.toMillis()))
				.build();
		}
		// A question that ran out of time while the database was away waited for it: the outage's, not the question's.
		boolean unavailable = DatabaseOutage.isUnavailable(ex);
		if (unavailable || (this.outage.awayOrJustBack() && timedOut(ex))) {
			if (unavailable) {
				this.outage.refused(ex);
			}
			return GraphqlErrorBuilder.newError(env)
				.errorType(Unavailable.UNAVAILABLE)
				.message("'" + env.getFieldDefinition().getName() + "' could not reach the database;"
						+ ("Mutation".equals(env.getParentType() instanceof graphql.schema.GraphQLNamedType named
								? named.getName() : null) ? " nothing was written;" : "")
						+ " ask again after retryAfterMs")
				.extensions(Map.of("retryAfterMs", DatabaseOutage.RETRY_AFTER.toMillis()))
				.build();
		}
		// A bookmark the database cannot parse fails as a database error, not as InvalidBookmark.
		String code = code(ex);
		if (code.startsWith(INVALID_BOOKMARK) || (code.startsWith("Neo.DatabaseError.")
				&& env.getGraphQlContext().get(RequestBookmarks.CONTEXT_KEY) instanceof Set<?> sent && !sent.isEmpty())) {
			return error(env, ErrorType.BAD_REQUEST, "the Neo4j-Bookmark header holds a bookmark this database did not"
					+ " issue; send back only what a mutation's extensions.bookmarks gave", "Neo4j-Bookmark");
		}
		if (timedOut(ex)) {
			String field = env.getFieldDefinition().getName();
			log.warn("TIMEOUT at {}", env.getExecutionStepInfo().getPath());
			return GraphqlErrorBuilder.newError(env)
				.errorType(Timeout.TIMEOUT)
				.message("'" + field + "' ran longer than a question may run and was stopped; ask for less, or ask an"
						+ " analyst to run it on the database")
				.build();
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

	/** The Neo4j status code of the failure or of its first cause that has one; empty without. */
	private static String code(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j.code();
			}
		}
		return "";
	}

	/** Whether the database stopped the statement because its transaction ran past its timeout. */
	private static boolean timedOut(Throwable ex) {
		String code = code(ex);
		return code.startsWith(TIMED_OUT) || code.equals(LOCK_CLIENT_STOPPED);
	}

	/** The classification of a question stopped by the transaction timeout. */
	enum Timeout implements ErrorClassification {

		TIMEOUT

	}

	/** The classifications of a question the database could not answer: ask again later. */
	public enum Unavailable implements ErrorClassification {

		/** The database could not be reached; nothing was written. */
		UNAVAILABLE,

		/** The connection was lost while a write committed: it may or may not have been written. */
		UNKNOWN_OUTCOME

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
