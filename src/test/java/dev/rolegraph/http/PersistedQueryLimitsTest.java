package dev.rolegraph.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The persisted-query store is bounded, and an allow-list lets only its documents run. */
class PersistedQueryLimitsTest {

	private static final String SCHEMA = "type Query { a: Int b: Int c: Int }";

	@Test
	void registeredHashesBeyondTheBoundAreForgottenOldestFirst() {
		GraphQL graphQl = graphQl(new PersistedQueries(new HttpProperties(Duration.ofSeconds(30), 2, null)));
		for (String document : new String[] { "{ a }", "{ b }", "{ c }" }) {
			assertThat(run(graphQl, document, PersistedQueries.sha256(document)).getErrors()).isEmpty();
		}
		assertThat(run(graphQl, null, PersistedQueries.sha256("{ a }")).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("PersistedQueryNotFound"));
		assertThat(run(graphQl, null, PersistedQueries.sha256("{ c }")).getErrors()).isEmpty();
	}

	@Test
	void underAnAllowListOnlyItsDocumentsRunWholeOrByHashAndNothingRegisters() throws Exception {
		Path examples = Path.of("docs", "examples");
		String allowed = java.nio.file.Files.readString(examples.resolve("compare-roles.graphql"));
		PersistedQueries documents = new PersistedQueries(new HttpProperties(Duration.ofSeconds(30), 10, examples.toString()));
		// The examples' schema is rolegraph's; here only the gate before parsing matters.
		GraphQL graphQl = graphQl(documents);
		assertThat(run(graphQl, "{ a }", null).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(HttpErrors.PERSISTED_QUERY_NOT_ALLOWED));
		assertThat(run(graphQl, "{ a }", PersistedQueries.sha256("{ a }")).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(HttpErrors.PERSISTED_QUERY_NOT_ALLOWED));
		assertThat(run(graphQl, null, PersistedQueries.sha256("{ a }")).getErrors()).singleElement()
			.satisfies(error -> assertThat(error.getMessage()).isEqualTo("PersistedQueryNotFound"));
		// An allowed document gets past the gate (and then fails validation against this small schema).
		assertThat(run(graphQl, allowed, null).getErrors()).isNotEmpty()
			.allSatisfy(error -> assertThat(error.getErrorType()).isNotEqualTo(HttpErrors.PERSISTED_QUERY_NOT_ALLOWED));
		assertThat(run(graphQl, null, PersistedQueries.sha256(allowed)).getErrors()).isNotEmpty()
			.allSatisfy(error -> assertThat(error.getMessage()).isNotEqualTo("PersistedQueryNotFound"));
	}

	@Test
	void anAllowListFolderWithoutDocumentsStopsTheStart() {
		assertThatThrownBy(() -> new PersistedQueries(new HttpProperties(Duration.ofSeconds(30), 10, "src/main/java")))
			.hasMessageContaining("no .graphql file");
	}

	private static GraphQL graphQl(PersistedQueries documents) {
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
				RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("a", env -> 1)
					.dataFetcher("b", env -> 2)
					.dataFetcher("c", env -> 3)).build());
		return GraphQL.newGraphQL(schema).preparsedDocumentProvider(documents).build();
	}

	private static ExecutionResult run(GraphQL graphQl, String document, String hash) {
		var input = ExecutionInput.newExecutionInput(document == null ? "" : document);
		if (hash != null) {
			input.extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		}
		return graphQl.execute(input.build());
	}

}
