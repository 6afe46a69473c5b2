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
			directive @bounds(maxLength: Int, maxItems: Int, min: Int, max: Int) on ARGUMENT_DEFINITION
			type Query {
			  node: Node
			  page(first: Int @bounds(min: 1, max: 100)): [Node!]!
			  find(id: ID! @bounds(maxLength: 10), tags: [String!] @bounds(maxItems: 3, maxLength: 5)): Node
			  slow(first: Int = 5 @bounds(min: 1, max: 100)): [Node!]!
			  nap: Node
			}
			type Node { id: ID!, children: [Node!]! }
			""";

	private final RetryHints hints = new RetryHints();

	/** Closed while {@code slow(first: 50)} should keep running. */
	private final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

	private final java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);

	private final AtomicInteger fetches = new AtomicInteger();

	private GraphQL graphQl(int maxResultObjects) {
		return graphQl(new LimitsProperties(12, 2500, 65536, maxResultObjects, java.time.Duration.ofMillis(50), 1,
				java.time.Duration.ofSeconds(10)));
	}

	private GraphQL graphQl(LimitsProperties properties) {
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("node", env -> Map.of("id", "root"))
				.dataFetcher("page", env -> children(100))
				.dataFetcher("find", env -> Map.of("id", env.getArgument("id")))
				.dataFetcher("nap", env -> {
					this.fetches.incrementAndGet();
					Thread.sleep(100);
					return Map.of("id", "awake");
				})
				.dataFetcher("slow", env -> {
					if ((Integer) env.getArgument("first") == 50) {
						this.running.countDown();
						this.release.await();
					}
					return children(env.getArgument("first"));
				}))
			.type("Node", type -> type.dataFetcher("children", env -> children(50)))
			.build();
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		// slow's time grows with first: 100 ms at 50, heavy from 25 (the threshold is 50 ms).
		var limits = new QueryLimits(properties,
				new FieldCosts(Map.ofEntries(FieldCosts.scaled("slow", "first", 5, 0, 0.0, 50, 100.0))), this.hints);
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
		assertThat(large.getErrors().get(0).getMessage()).startsWith("maximum query complexity exceeded 5301 > 2500 points");
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

	@Test
	void aFragmentBombOfFortyLevelsIsMeasuredWithoutExpandingIt() {
		StringBuilder document = new StringBuilder("{ node { ...F40 } } fragment F0 on Node { id }\n");
		for (int i = 1; i <= 40; i++) {
			document.append("fragment F").append(i).append(" on Node { children { ...F").append(i - 1).append(" ...F")
				.append(i - 1).append(" } }\n");
		}
		long started = System.nanoTime();
		DocumentShape shape = DocumentShape.of(graphql.parser.Parser.parse(document.toString()), 2500);
		assertThat(System.nanoTime() - started).as("nanoseconds").isLessThan(50_000_000L);
		assertThat(shape).isEqualTo(new DocumentShape(2501, 42));
		ExecutionResult result = graphQl(200_000).execute(document.toString());
		assertThat(result.getErrors().get(0).getMessage()).isEqualTo("maximum query depth exceeded 42 > 12");
	}

	@Test
	void theShapeCountsEverySpreadOfAFragmentInFull() {
		String document = "query { node { ...Two } a: node { id } } fragment One on Node { id children { id } } "
				+ "fragment Two on Node { ...One ...One children { ...One } }";
		// One = 3 fields, depth 2; Two = 3 + 3 + (1 + 3), depth 3; the operation adds node and a: node { id }.
		assertThat(DocumentShape.of(graphql.parser.Parser.parse(document), 2500)).isEqualTo(new DocumentShape(13, 4));
	}

	@Test
	void aCycleOfFragmentsIsLeftToValidation() {
		String document = "{ node { ...A } } fragment A on Node { children { ...B } } fragment B on Node { ...A }";
		assertThat(DocumentShape.of(graphql.parser.Parser.parse(document), 2500)).isEqualTo(new DocumentShape(2, 2));
		ExecutionResult result = graphQl(200_000).execute(document);
		assertThat(result.getErrors().get(0).getMessage()).contains("FragmentCycle");
	}

	@Test
	void eachBoundOfTheSchemaIsCheckedBeforeAnyFieldRuns() {
		assertThat(graphQl(200_000).execute("{ find(id: \"abcdefghijk\") { id } }").getErrors().get(0).getMessage())
			.isEqualTo("'id' must be at most 10 characters; got 'abcdefghijk'");
		assertThat(graphQl(200_000).execute("{ find(id: \"a\", tags: [\"a\", \"b\", \"c\", \"d\"]) { id } }")
			.getErrors()
			.get(0)
			.getMessage()).isEqualTo("'tags' must list at most 3 items, was 4");
		assertThat(graphQl(200_000).execute("{ find(id: \"a\", tags: [\"abcdef\"]) { id } }").getErrors().get(0).getMessage())
			.isEqualTo("'tags' must be at most 5 characters; got 'abcdef'");
		ExecutionResult range = graphQl(200_000).execute("{ node { id } page(first: 0) { id } }");
		assertThat(range.getErrors()).hasSize(1);
		assertThat(range.getErrors().get(0).getMessage()).isEqualTo("'first' must be between 1 and 100, was 0");
		assertThat(range.getErrors().get(0).getExtensions()).containsEntry("argument", "first");
		assertThat(range.getErrors().get(0).getPath()).containsExactly("page");
		assertThat(range.getErrors().get(0).getLocations()).singleElement()
			.satisfies(location -> assertThat(location.getColumn()).isEqualTo(15));
		assertThat((Object) range.getData()).as("nothing ran").isNull();
		assertThat(this.fetches.get()).isZero();
	}

	@Test
	void aLongArgumentIsQuotedAtMostEightyCharacters() {
		String message = ArgumentBounds.problem("id", graphql.schema.GraphQLArgument.newArgument()
			.name("id")
			.type(graphql.Scalars.GraphQLID)
			.withAppliedDirective(graphql.schema.GraphQLAppliedDirective.newDirective()
				.name("bounds")
				.argument(graphql.schema.GraphQLAppliedDirectiveArgument.newArgument()
					.name("maxLength")
					.type(graphql.Scalars.GraphQLInt)
					.valueProgrammatic(10)))
			.build(), "z".repeat(60_000));
		assertThat(message).isEqualTo("'id' must be at most 10 characters; got '" + "z".repeat(80) + "… (60000 characters)'");
	}

	/** Starts {@code slow(first: 50)}, a heavy question, and returns once it runs; it ends on {@code release}. */
	private java.util.concurrent.CompletableFuture<ExecutionResult> heavyQuestionHeldOpen(GraphQL graphQl)
			throws InterruptedException {
		var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> graphQl.execute("{ slow(first: 50) { id } }"));
		this.running.await();
		return first;
	}

	@Test
	void aHeavyQuestionWaitsForNoOneAndIsRefusedWhileAnotherRuns() throws Exception {
		GraphQL graphQl = graphQl(new LimitsProperties(12, 2500, 65536, 200_000, java.time.Duration.ofMillis(50), 1,
				java.time.Duration.ofSeconds(10)));
		var first = heavyQuestionHeldOpen(graphQl);
		assertThat(graphQl.execute("{ slow(first: 10) { id } }").getErrors()).as("a light use of it runs").isEmpty();
		ExecutionResult refused = graphQl.execute("{ slow(first: 60) { id } }");
		assertThat(refused.getErrors().get(0).getErrorType().toString()).isEqualTo("TOO_BUSY");
		assertThat(refused.getErrors().get(0).getExtensions()).containsKey("retryAfterMs");
		assertThat(graphQl.execute("{ node { id } }").getErrors()).as("a light question still runs").isEmpty();
		this.release.countDown();
		assertThat(first.get().getErrors()).isEmpty();
		assertThat(graphQl.execute("{ slow(first: 60) { id } }").getErrors()).as("the place is free again").isEmpty();
	}

	@Test
	void aRequestStopsAtItsDeadlineAndTheFieldsDueAfterItDoNotRun() {
		GraphQL graphQl = graphQl(new LimitsProperties(12, 2500, 65536, 200_000, java.time.Duration.ofMillis(50), 1,
				java.time.Duration.ofMillis(250)));
		long started = System.nanoTime();
		ExecutionResult result = graphQl.execute(IntStream.range(0, 10)
			.mapToObj(i -> "n" + i + ": nap { id }")
			.collect(java.util.stream.Collectors.joining(" ", "{ ", " }")));
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(this.fetches.get()).as("naps run before the deadline").isBetween(2, 4);
		assertThat(result.getErrors()).hasSize(10 - this.fetches.get());
		assertThat(result.getErrors().get(0).getErrorType().toString()).isEqualTo("TIMEOUT");
		assertThat(result.getErrors().get(0).getMessage()).isEqualTo("'nap' was not run: the request used up its 250 ms;"
				+ " ask for less in one request");
		assertThat(millis).as("stopped at the deadline plus at most one nap").isLessThan(450);
	}

	@Test
	void aHeavyRequestBackBeforeItsHintWaitsItOutAndALightOneDoesNot() throws Exception {
		GraphQL graphQl = graphQl(new LimitsProperties(12, 2500, 65536, 200_000, java.time.Duration.ofMillis(50), 1,
				java.time.Duration.ofSeconds(10)));
		var first = heavyQuestionHeldOpen(graphQl);
		java.util.function.Function<String, ExecutionResult> onConnection = document -> graphQl.execute(
				graphql.ExecutionInput.newExecutionInput(document)
					.graphQLContext(Map.of(RetryHints.CONNECTION, "127.0.0.1 50001"))
					.build());
		ExecutionResult refused = onConnection.apply("{ slow(first: 60) { id } }");
		assertThat(refused.getErrors().get(0).getExtensions()).containsEntry("retryAfterMs", 100L);
		long started = System.nanoTime();
		assertThat(onConnection.apply("{ node { id } }").getErrors()).isEmpty();
		assertThat((System.nanoTime() - started) / 1_000_000).as("a light request is not held").isLessThan(60);
		started = System.nanoTime();
		assertThat(onConnection.apply("{ slow(first: 60) { id } }").getErrors().get(0).getErrorType().toString())
			.isEqualTo("TOO_BUSY");
		assertThat((System.nanoTime() - started) / 1_000_000).as("held for the hint, then refused again")
			.isBetween(80L, 400L);
		this.release.countDown();
		assertThat(first.get().getErrors()).isEmpty();
	}

}
