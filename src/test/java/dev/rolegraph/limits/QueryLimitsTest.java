package dev.rolegraph.limits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits on a small schema whose lists are larger than any the seed graph has. */
class QueryLimitsTest {

	private static final String SDL = """
			type Query { node: Node, page(first: Int): [Node!]! }
			type Node { id: ID!, children: [Node!]! }
			""";

	private final AtomicInteger fetches = new AtomicInteger();

	private GraphQL graphQl(int maxResultObjects) {
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("node", env -> Map.of("id", "root"))
				.dataFetcher("page", env -> children(100)))
			.type("Node", type -> type.dataFetcher("children", env -> children(50)))
			.build();
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		var limits = new QueryLimits(new LimitsProperties(12, 2500, 65536, maxResultObjects));
		return GraphQL.newGraphQL(schema).instrumentation(limits).build();
	}

	private List<Map<String, String>> children(int count) {
		this.fetches.incrementAndGet();
		return IntStream.range(0, count).mapToObj(i -> Map.of("id", "n" + i)).toList();
	}

	@Test
	void aQueryIsStoppedOnceItsListsProduceMoreObjectsThanTheCap() {
		// Statically 1 + 3 x (1 + 3 x (1 + 3 x 2)): fine; really 50 x 50 x 50 objects.
		ExecutionResult result = graphQl(1_000).execute("{ node { children { children { children { id } } } } }");
		assertThat(result.getErrors()).hasSize(1);
		assertThat(result.getErrors().get(0).getMessage()).startsWith("result too large: more than 1000 objects");
		assertThat(result.getErrors().get(0).getErrorType().toString()).isEqualTo("ExecutionAborted");
		assertThat((Object) result.getData()).isNull();
		assertThat(this.fetches.get()).as("stopped before fetching every level").isLessThan(50 * 50);
	}

	@Test
	void theSameQueryUnderTheCapIsAnswered() {
		ExecutionResult result = graphQl(200_000).execute("{ node { children { children { children { id } } } } }");
		assertThat(result.getErrors()).isEmpty();
	}

	@Test
	void aPageMultipliesTheCostOfWhatIsSelectedBelowIt() {
		ExecutionResult small = graphQl(200_000).execute("{ page(first: 10) { id children { id } } }");
		assertThat(small.getErrors()).isEmpty();
		ExecutionResult large = graphQl(200_000)
			.execute("{ page(first: 100) { id children { id children { id children { id } } } } }");
		assertThat(large.getErrors().get(0).getMessage()).isEqualTo("maximum query complexity exceeded 5301 > 2500");
	}

	@Test
	void fragmentsAreExpandedBeforeDepthIsMeasured() {
		String document = "{ node { ...F3 } } fragment F0 on Node { id } "
				+ "fragment F1 on Node { children { ...F0 ...F0 } } fragment F2 on Node { children { ...F1 ...F1 } } "
				+ "fragment F3 on Node { children { children { children { children { children { children { "
				+ "children { children { children { children { children { children { ...F2 } } } } } } } } } } } } }";
		ExecutionResult result = graphQl(200_000).execute(document);
		assertThat(result.getErrors().get(0).getMessage()).isEqualTo("maximum query depth exceeded 16 > 12");
	}

}
