package dev.rolegraph.limits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

import dev.rolegraph.api.Quote;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;

import org.springframework.graphql.execution.ErrorType;

/**
 * The {@code @bounds} the schema declares on arguments (see {@code schema.graphqls}), checked on every field of an
 * operation before any field runs: the length of a string or ID (of each item of a list of them), the items of a
 * list, the range of a number, and an explicit null where the argument has a default. Each broken bound is a
 * BAD_REQUEST that names the argument and quotes at most {@link Quote#MAX} characters of what was sent.
 */
final class ArgumentBounds {

	static final String DIRECTIVE = "bounds";

	private ArgumentBounds() {
	}

	/** The broken bounds of every field of the operation, at most a few, in document order. */
	static List<GraphQLError> check(GraphQLSchema schema, ExecutableNormalizedOperation operation,
			List<ExecutableNormalizedField> fields) {
		List<GraphQLError> errors = new ArrayList<>();
		LinkedList<ExecutableNormalizedField> pending = new LinkedList<>(fields);
		while (!pending.isEmpty() && errors.size() < 10) {
			ExecutableNormalizedField field = pending.removeFirst();
			pending.addAll(0, field.getChildren());
			List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
			if (definitions.isEmpty()) {
				continue;
			}
			Map<String, Object> values = field.getResolvedArguments();
			// A question's own arguments by their name; a nested field's as field.argument (pairs.first).
			String prefix = field.getLevel() == 1 ? "" : field.getName() + ".";
			for (GraphQLArgument argument : definitions.get(0).getArguments()) {
				String problem = problem(prefix + argument.getName(), argument, values.get(argument.getName()));
				if (problem != null) {
					errors.add(GraphqlErrorBuilder.newError()
						.errorType(ErrorType.BAD_REQUEST)
						.message(problem)
						.location(operation.getMergedField(field).getSingleField().getSourceLocation())
						.path(path(field))
						.extensions(Map.of("argument", prefix + argument.getName()))
						.build());
				}
			}
		}
		return errors;
	}

	/** What is wrong with {@code value} of {@code argument}, called {@code name}; null when nothing is. */
	static String problem(String name, GraphQLArgument argument, Object value) {
		if (value == null) {
			return argument.hasSetDefaultValue()
					? "'" + name + "' must not be null; leave it out to use its default" : null;
		}
		GraphQLAppliedDirective bounds = argument.getAppliedDirective(DIRECTIVE);
		if (bounds == null) {
			return null;
		}
		Integer maxItems = bound(bounds, "maxItems");
		Integer maxLength = bound(bounds, "maxLength");
		Integer min = bound(bounds, "min");
		Integer max = bound(bounds, "max");
		if (value instanceof Collection<?> items) {
			if (maxItems != null && items.size() > maxItems) {
				return "'" + name + "' must list at most " + maxItems + " items, was " + items.size();
			}
			for (Object item : items) {
				String text = tooLong(name, item, maxLength);
				if (text != null) {
					return text;
				}
			}
			return null;
		}
		if (value instanceof Number number && (min != null && number.longValue() < min
				|| max != null && number.longValue() > max)) {
			return "'" + name + "' must be between " + min + " and " + max + ", was " + number;
		}
		return tooLong(name, value, maxLength);
	}

	private static String tooLong(String name, Object value, Integer maxLength) {
		if (maxLength != null && value instanceof CharSequence text && text.length() > maxLength) {
			return "'" + name + "' must be at most " + maxLength + " characters; got '" + Quote.of(text) + "'";
		}
		return null;
	}

	private static Integer bound(GraphQLAppliedDirective bounds, String name) {
		return bounds.getArgument(name) == null ? null : bounds.getArgument(name).getValue();
	}

	private static List<Object> path(ExecutableNormalizedField field) {
		LinkedList<Object> keys = new LinkedList<>();
		for (ExecutableNormalizedField at = field; at != null; at = at.getParent()) {
			keys.addFirst(at.getResultKey());
		}
		return keys;
	}

}
