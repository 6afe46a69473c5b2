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
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client reads when a question fails for a reason it can act on. */
class ClientErrorResolverTest {

	private final ClientErrorResolver resolver = new ClientErrorResolver();

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
