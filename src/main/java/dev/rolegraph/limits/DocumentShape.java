package dev.rolegraph.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields a parsed document would execute and how deep, with every fragment spread counted as often as it
 * is spread, measured in time linear in the document's size: each fragment is measured once and remembered, and the
 * counts stop growing at a cap. graphql-java's normalized operation expands spreads one by one, so a document of 30
 * fragments that each spread the previous one twice (2 KB) would keep a core busy for minutes before any limit on
 * it could speak; this shape refuses it in microseconds. Fields directly under {@code __schema} and {@code __type}
 * count toward width, not depth, as in the limits on the expanded operation (tools send a 15-level introspection
 * query). A cycle of fragments counts as empty here; validation then refuses it.
 *
 * @param fields fields executed, counting each spread in full (at most {@code cap + 1})
 * @param depth deepest nesting of fields, introspection excepted
 */
record DocumentShape(long fields, int depth) {

	private static final DocumentShape EMPTY = new DocumentShape(0, 0);

	private static final List<String> INTROSPECTION = List.of("__schema", "__type");

	/** The widest and deepest operation of {@code document}; counts stop at {@code cap + 1}. */
	static DocumentShape of(Document document, long cap) {
		Measure measure = new Measure(document.getDefinitionsOfType(FragmentDefinition.class), cap);
		long fields = 0;
		int depth = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			DocumentShape shape = measure.selections(operation.getSelectionSet(), true);
			fields = Math.max(fields, shape.fields());
			depth = Math.max(depth, shape.depth());
		}
		return new DocumentShape(fields, depth);
	}

	private static final class Measure {

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, DocumentShape> measured = new HashMap<>();

		private final Set<String> measuring = new HashSet<>();

		private final long cap;

		Measure(List<FragmentDefinition> fragments, long cap) {
			fragments.forEach(fragment -> this.fragments.putIfAbsent(fragment.getName(), fragment));
			this.cap = cap;
		}

		DocumentShape selections(SelectionSet set, boolean top) {
			if (set == null) {
				return EMPTY;
			}
			long fields = 0;
			int depth = 0;
			for (Selection<?> selection : set.getSelections()) {
				DocumentShape shape = switch (selection) {
					case Field field -> field(field, top);
					case FragmentSpread spread -> fragment(spread.getName());
					case InlineFragment inline -> selections(inline.getSelectionSet(), top);
					default -> EMPTY;
				};
				fields = Math.min(this.cap + 1, fields + shape.fields());
				depth = Math.max(depth, shape.depth());
			}
			return new DocumentShape(fields, depth);
		}

		private DocumentShape field(Field field, boolean top) {
			DocumentShape below = selections(field.getSelectionSet(), false);
			boolean introspection = top && INTROSPECTION.contains(field.getName());
			return new DocumentShape(Math.min(this.cap + 1, 1 + below.fields()), introspection ? 0 : 1 + below.depth());
		}

		private DocumentShape fragment(String name) {
			DocumentShape known = this.measured.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			if (fragment == null || !this.measuring.add(name)) {
				return EMPTY;
			}
			// A fragment spread at the top of an operation keeps top-level rules; it is measured as nested fields.
			DocumentShape shape = selections(fragment.getSelectionSet(), false);
			this.measuring.remove(name);
			this.measured.put(name, shape);
			return shape;
		}

	}

}
