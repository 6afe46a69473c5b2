package dev.rolegraph.limits;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dev.rolegraph.api.Pages;
import graphql.ExecutionResult;
import graphql.TrivialDataFetcher;
import graphql.execution.AbortExecutionException;
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
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.PropertyDataFetcher;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Depth, cost and result-size limits, computed on the operation as it will execute: fragments expanded and merged
 * (graphql-java's normalized operation), so spreading a fragment inside another cannot hide nesting. Checked before
 * any field runs, so an over-limit query never reaches the database. Every field costs one, {@code __typename}
 * included; graph searches cost more; a list multiplies what is selected below it by its page size ({@code first})
 * or, without one, by an assumed fan-out. The schema questions of introspection are exempt: graphql-java's
 * good-faith introspection check already bounds them, and tools send the standard 15-level query.
 * While the query runs, the objects its lists produce are counted; past {@code maxResultObjects} nothing more is
 * fetched and the answer is one error.
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimits extends SimplePerformantInstrumentation {

	/** Extra cost of the fields that search the graph. */
	static final Map<String, Integer> SEARCH_COST = Map.of("careerPaths", 100, "roleNeighborhood", 25,
			"bridgingSkills", 20, "similarRoles", 10, "compareRoles", 10, "skillGap", 10, "matchRoles", 10, "search", 10,
			"skillDemand", 10, "reportingChain", 5);

	/** What a list without a page size is assumed to hold, for the cost of what is selected below it. */
	static final int ASSUMED_FAN_OUT = 3;

	/** Fields the limits leave to graphql-java's introspection check. */
	private static final List<String> INTROSPECTION = List.of("__schema", "__type");

	/** Objects produced so far by one request's lists. */
	private static final class Produced implements InstrumentationState {

		final AtomicLong objects = new AtomicLong();

	}

	private final LimitsProperties limits;

	QueryLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Produced();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
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
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			if (!INTROSPECTION.contains(field.getName())) {
				depth = Math.max(depth, depth(field));
				cost += cost(schema, field, 1);
			}
		}
		if (depth > this.limits.maxQueryDepth()) {
			throw new AbortExecutionException(
					"maximum query depth exceeded " + depth + " > " + this.limits.maxQueryDepth());
		}
		if (cost > this.limits.maxQueryComplexity()) {
			throw new AbortExecutionException(
					"maximum query complexity exceeded " + cost + " > " + this.limits.maxQueryComplexity());
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (state instanceof Produced produced && parameters.getFetchedObject() instanceof Collection<?> list) {
			produced.objects.addAndGet(list.size());
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Once the cap is passed, the fields still to come fetch nothing, so no more database work is done. */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (fetcher instanceof TrivialDataFetcher<?> || fetcher instanceof PropertyDataFetcher<?>
				|| !(state instanceof Produced produced)) {
			return fetcher;
		}
		return env -> tooLarge(produced) ? null : fetcher.get(env);
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
	private static long cost(GraphQLSchema schema, ExecutableNormalizedField field, long times) {
		long own = times * (1 + SEARCH_COST.getOrDefault(field.getName(), 0));
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
