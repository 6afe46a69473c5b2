package dev.rolegraph.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dev.rolegraph.api.Pages;
import dev.rolegraph.database.RequestBookmarks;
import dev.rolegraph.database.RequestDeadline;
import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.TrivialDataFetcher;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.PropertyDataFetcher;
import graphql.validation.ValidationError;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Depth, width, argument, cost and concurrency limits, checked before any field runs, so an over-limit query never
 * reaches the database:
 * <ol>
 * <li>before validation, the parsed document's own shape ({@link DocumentShape}, linear in its size) refuses
 * fragment fan-out and documents too deep or too wide;</li>
 * <li>on the operation as it will execute (graphql-java's normalized operation, fragments expanded and merged), the
 * depth, the {@code @bounds} of every argument ({@link ArgumentBounds}) and the cost: each field costs one point,
 * {@code __typename} included; a question costs its server time measured at x1 ({@link FieldCosts}); a list
 * multiplies what is selected below it by its page size ({@code first}) or, without one, by an assumed fan-out;</li>
 * <li>a heavy request (its questions' measured time at least {@code heavyQueryTime}) runs only while fewer than
 * {@code maxHeavyQueries} others do (a Resilience4j bulkhead that never waits); otherwise it is refused at once as
 * TOO_BUSY with a retry hint, so heavy questions cannot crowd out light ones; a heavy request that comes back on
 * the same connection before its hint waits it out first ({@link RetryHints});</li>
 * <li>a request runs until {@code requestTimeout} at most: a field due after it answers TIMEOUT without running,
 * and a transaction begun before it gets the time left ({@link RequestDeadline}).</li>
 * </ol>
 * The schema questions of introspection are exempt from depth and cost: graphql-java's good-faith introspection
 * check bounds them, and tools send the standard 15-level query. While the query runs, the objects its lists
 * produce are counted; past {@code maxResultObjects} nothing more is fetched and the answer is one error.
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits extends SimplePerformantInstrumentation {

	/** What a list without a page size is assumed to hold, for the cost of what is selected below it. */
	static final int ASSUMED_FAN_OUT = 3;

	/** The shortest retry hint a refused heavy question gets. */
	private static final long MIN_RETRY_MS = 100;

	/** Fields the limits leave to graphql-java's introspection check. */
	private static final List<String> INTROSPECTION = List.of("__schema", "__type");

	/** One request: the objects its lists produced so far, and the moment it must be answered by. */
	private static final class Produced implements InstrumentationState {

		final AtomicLong objects = new AtomicLong();

		final long deadline;

		Produced(Duration timeout) {
			this.deadline = System.nanoTime() + timeout.toNanos();
		}

	}

	private final LimitsProperties limits;

	private final FieldCosts costs;

	private final Bulkhead heavy;

	private final RetryHints hints;

	/** The retry hints of the HTTP interceptor; a GraphQL slice without it keeps its own, which nothing fills. */
	@Autowired
	QueryLimits(LimitsProperties limits, ObjectProvider<RetryHints> hints) {
		this(limits, FieldCosts.measured(), hints.getIfAvailable(RetryHints::new));
	}

	QueryLimits(LimitsProperties limits, FieldCosts costs, RetryHints hints) {
		this.limits = limits;
		this.costs = costs;
		this.hints = hints;
		this.heavy = Bulkhead.of("heavy-questions", BulkheadConfig.custom()
			.maxConcurrentCalls(limits.maxHeavyQueries())
			.maxWaitDuration(Duration.ZERO)
			.build());
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Produced(this.limits.requestTimeout());
	}

	/**
	 * Before validation and before anything expands a fragment: the document's own shape, measured in linear time,
	 * refuses fragment fan-out and documents too deep or too wide.
	 */
	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		DocumentShape shape = DocumentShape.of(parameters.getDocument(), this.limits.maxQueryComplexity());
		if (shape.depth() > this.limits.maxQueryDepth()) {
			throw new AbortExecutionException(
					"maximum query depth exceeded " + shape.depth() + " > " + this.limits.maxQueryDepth());
		}
		if (shape.fields() > this.limits.maxQueryComplexity()) {
			throw new AbortExecutionException("maximum query complexity exceeded: more than "
					+ this.limits.maxQueryComplexity() + " fields once fragments are expanded");
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		context.getGraphQLContext().put(RequestBookmarks.OPERATION_KEY, context.getOperationDefinition().getOperation());
		ExecutableNormalizedOperation operation;
		try {
			operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
					context.getGraphQLSchema(), context.getOperationDefinition(), context.getFragmentsByName(),
					context.getCoercedVariables(), ExecutableNormalizedOperationFactory.Options.defaultOptions()
						.maxFieldsCount(this.limits.maxQueryComplexity()));
		}
		catch (AbortExecutionException ex) {
			throw new AbortExecutionException("maximum query complexity exceeded: more than "
					+ this.limits.maxQueryComplexity() + " fields once fragments are expanded");
		}
		GraphQLSchema schema = context.getGraphQLSchema();
		int depth = 0;
		long cost = 0;
		double millis = 0;
		List<ExecutableNormalizedField> questions = new ArrayList<>();
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			if (!INTROSPECTION.contains(field.getName())) {
				questions.add(field);
				depth = Math.max(depth, depth(field));
				cost += cost(schema, field, 1);
				millis += this.costs.questionMillis(field);
			}
		}
		if (depth > this.limits.maxQueryDepth()) {
			throw new AbortExecutionException(
					"maximum query depth exceeded " + depth + " > " + this.limits.maxQueryDepth());
		}
		List<GraphQLError> broken = ArgumentBounds.check(schema, operation, questions);
		if (!broken.isEmpty()) {
			throw new AbortExecutionException(broken);
		}
		if (cost > this.limits.maxQueryComplexity()) {
			throw new AbortExecutionException("maximum query complexity exceeded " + cost + " > "
					+ this.limits.maxQueryComplexity() + " points (a question costs its measured time, "
					+ FieldCosts.MS_PER_POINT + " ms a point; any other field 1 point); ask for less in one request");
		}
		if (millis < this.limits.heavyQueryTime().toMillis()) {
			return SimpleInstrumentationContext.noOp();
		}
		String connection = context.getGraphQLContext().get(RetryHints.CONNECTION);
		if (connection != null) {
			try {
				this.hints.awaitHint(connection);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AbortExecutionException("interrupted while waiting for a retry hint", ex);
			}
		}
		if (!this.heavy.tryAcquirePermission()) {
			long expected = Math.round(millis);
			if (connection != null) {
				this.hints.remember(connection, Math.max(MIN_RETRY_MS, expected));
			}
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(Busy.TOO_BUSY)
				.message("too busy: " + this.limits.maxHeavyQueries() + " heavy request(s) (questions of "
						+ this.limits.heavyQueryTime().toMillis() + " ms or more; this one's take about " + expected
						+ " ms) are running already; retry after the hint, or ask for less")
				.extensions(Map.of("retryAfterMs", Math.max(MIN_RETRY_MS, expected)))
				.build()));
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> this.heavy.onComplete());
	}

	/** The classification of a question refused because too many heavy ones are running. */
	enum Busy implements ErrorClassification {

		TOO_BUSY

	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (state instanceof Produced produced && parameters.getFetchedObject() instanceof Collection<?> list) {
			produced.objects.addAndGet(list.size());
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * Once the cap is passed, the fields still to come fetch nothing, so no more database work is done. Once the
	 * request's deadline passed, they answer TIMEOUT without running; before it, a transaction they begin gets the
	 * time left as its timeout ({@link RequestDeadline}).
	 */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (fetcher instanceof TrivialDataFetcher<?> || fetcher instanceof PropertyDataFetcher<?>
				|| !(state instanceof Produced produced)) {
			return fetcher;
		}
		return env -> {
			if (tooLarge(produced)) {
				return null;
			}
			if (System.nanoTime() - produced.deadline >= 0) {
				return DataFetcherResult.newResult()
					.error(GraphqlErrorBuilder.newError(env)
						.errorType(ErrorClassification.errorClassification("TIMEOUT"))
						.message("'" + env.getField().getName() + "' was not run: the request used up its "
								+ this.limits.requestTimeout().toMillis() + " ms; ask for less in one request")
						.build())
					.build();
			}
			return RequestDeadline.during(produced.deadline, () -> RequestBookmarks
				.during(env.getGraphQlContext().get(RequestBookmarks.CONTEXT_KEY), () -> fetcher.get(env)));
		};
	}

	/** A query stopped at the cap answers with one error and no partial data. */
	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Produced produced && tooLarge(produced)) {
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.addError(new AbortExecutionException("result too large: more than " + this.limits.maxResultObjects()
						+ " objects in lists; select fewer nested lists or smaller pages"))
				.build());
		}
		return CompletableFuture.completedFuture(result);
	}

	private boolean tooLarge(Produced produced) {
		return produced.objects.get() > this.limits.maxResultObjects();
	}

	private static int depth(ExecutableNormalizedField field) {
		int deepest = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			deepest = Math.max(deepest, depth(child));
		}
		return 1 + deepest;
	}

	/** The cost of {@code field} and everything below it, when it is selected {@code times} times. */
	private long cost(GraphQLSchema schema, ExecutableNormalizedField field, long times) {
		long own = times * this.costs.points(field);
		long below = isList(field.getType(schema)) ? times * pageSize(schema, field) : times;
		long children = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			children += cost(schema, child, below);
			if (children > Integer.MAX_VALUE) {
				break;
			}
		}
		return own + children;
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

	/**
	 * The list's own {@code first}, else its parent's (a connection's edges), else the assumed fan-out; a page size
	 * the field will refuse counts as the largest it accepts, so that the argument check gives the error.
	 */
	private static long pageSize(GraphQLSchema schema, ExecutableNormalizedField field) {
		// A connection's edges take the page size of the connection field above them.
		ExecutableNormalizedField parent = field.getParent() != null && !isList(field.getParent().getType(schema))
				? field.getParent() : null;
		for (ExecutableNormalizedField at = field; at != null; at = at == field ? parent : null) {
			boolean paged = at.getFieldDefinitions(schema).stream().anyMatch(definition -> definition.getArgument("first") != null);
			if (paged) {
				return at.getResolvedArguments().get("first") instanceof Number first && first.longValue() > 0
						? Math.min(first.longValue(), Pages.MAX_SIZE) : Pages.DEFAULT_SIZE;
			}
		}
		return ASSUMED_FAN_OUT;
	}

}
