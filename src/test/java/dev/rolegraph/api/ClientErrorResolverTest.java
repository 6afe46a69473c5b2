package dev.rolegraph.api;

import java.util.List;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLFieldDefinition;
import org.junit.jupiter.api.Test;
import dev.rolegraph.database.CommitOutcomeUnknown;
import dev.rolegraph.database.DatabaseOutage;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client reads when a question fails for a reason it can act on. */
class ClientErrorResolverTest {

	private final DatabaseOutage outage = new DatabaseOutage();

	private final ClientErrorResolver resolver = new ClientErrorResolver(this.outage);

	@Test
	void aQuestionStoppedByTheTransactionTimeoutIsClassifiedAsTimeoutNamingTheField() {
		var timeout = new InvalidDataAccessResourceUsageException("terminated",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"));
		List<GraphQLError> errors = this.resolver.resolveException(timeout, environment("bridgingSkills")).block();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("TIMEOUT");
			assertThat(error.getMessage()).startsWith("'bridgingSkills' ran longer than a question may run");
			assertThat(error.getPath()).containsExactly("bridgingSkills");
		});
	}

	@Test
	void aWriteTerminatedWhileWaitingForALockIsATimeoutOrUnavailableJustAfterAnOutage() {
		var stopped = new InvalidDataAccessResourceUsageException("terminated", new ClientException(
				"Neo.ClientError.Transaction.LockClientStopped", "The transaction has been terminated"));
		assertThat(this.resolver.resolveException(stopped, environment("createSkill")).block()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("TIMEOUT"));
		this.outage.refused(new ServiceUnavailableException("gone"));
		this.outage.answered();
		assertThat(this.resolver.resolveException(stopped, environment("createSkill")).block()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("UNAVAILABLE"));
	}

	@Test
	void aDatabaseThatCannotBeReachedIsUnavailableWithARetryHintAndEndsNoOtherWay() {
		var away = new DataAccessResourceFailureException("no connection",
				new ServiceUnavailableException("Unable to connect to localhost:7687"));
		List<GraphQLError> errors = this.resolver.resolveException(away, environment("role")).block();
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).hasToString("UNAVAILABLE");
			assertThat(error.getMessage()).isEqualTo("'role' could not reach the database; ask again after retryAfterMs");
			assertThat(error.getExtensions()).containsEntry("retryAfterMs", 1000L);
		});
		assertThat(this.outage.away()).isTrue();
	}

	@Test
	void aClusterMemberGoneOrADatabaseStoppingIsUnavailableToo() {
		assertThat(this.resolver
			.resolveException(new SessionExpiredException("leader switched"), environment("careerPaths"))
			.block()).singleElement().satisfies(error -> assertThat(error.getErrorType()).hasToString("UNAVAILABLE"));
		assertThat(this.resolver
			.resolveException(new TransientException("Neo.TransientError.General.DatabaseUnavailable", "stopping"),
					environment("skills"))
			.block()).singleElement().satisfies(error -> assertThat(error.getErrorType()).hasToString("UNAVAILABLE"));
	}

	@Test
	void aQuestionThatRanOutOfTimeWhileTheDatabaseWasAwayIsUnavailableNotTimeout() {
		this.outage.refused(new ServiceUnavailableException("Connection refused"));
		var timeout = new InvalidDataAccessResourceUsageException("terminated",
				new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"));
		assertThat(this.resolver.resolveException(timeout, environment("role")).block()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).hasToString("UNAVAILABLE"));
	}

	@Test
	void aWriteThatLostTheDatabaseWhileCommittingSaysItsOutcomeIsUnknown() {
		var unknown = new CommitOutcomeUnknown(new ServiceUnavailableException("Connection to the database terminated"));
		assertThat(this.resolver.resolveException(unknown, environment("createSkill")).block()).singleElement()
			.satisfies(error -> {
				assertThat(error.getErrorType()).hasToString("UNKNOWN_OUTCOME");
				assertThat(error.getMessage()).contains("may or may not have been written", "'changes'");
				assertThat(error.getExtensions()).containsEntry("retryAfterMs", 1000L);
			});
	}

	@Test
	void anyOtherDatabaseFailureStaysUnresolvedForTheInternalErrorDefault() {
		var other = new InvalidDataAccessResourceUsageException("broken",
				new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"));
		assertThat(this.resolver.resolveException(other, environment("skillDemand")).block()).isNull();
	}

	private static DataFetchingEnvironment environment(String field) {
		GraphQLFieldDefinition definition = GraphQLFieldDefinition.newFieldDefinition()
			.name(field)
			.type(Scalars.GraphQLString)
			.build();
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.fieldDefinition(definition)
			.mergedField(MergedField.newMergedField(Field.newField(field).build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.fieldDefinition(definition)
				.path(ResultPath.rootPath().segment(field))
				.build())
			.build();
	}

}
