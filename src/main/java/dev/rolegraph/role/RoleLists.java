package dev.rolegraph.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.role.RoleGraph.LoadedRole;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;

import static java.util.stream.Collectors.joining;

/**
 * For other features whose answers hold roles (a career path's steps): the lists a client selected on those roles
 * are read in the feature's own statement, and handed to the {@code Role} fields through the local context, so the
 * root field stays one statement instead of adding one batch per list.
 */
public final class RoleLists {

	/** Prefix of the flag parameters, so that they cannot clash with the host statement's own. */
	private static final String PREFIX = "role";

	/**
	 * A Cypher map of the lists of the role bound to {@code role}, each computed only when its flag parameter
	 * ({@code $roleSkills}, {@code $roleTools}...) is true.
	 */
	public static final String OF_ROLE = Arrays.stream(RoleList.values())
		.map(list -> list.field + ": " + list.column(PREFIX))
		.collect(joining(", ", "{", "}"));

	private RoleLists() {
	}

	/** {@link #OF_ROLE} for the role that {@code expression} (a variable, or any expression) gives. */
	public static String of(String expression) {
		return "[role IN [" + expression + "] | " + OF_ROLE + "][0]";
	}

	/**
	 * The lists selected on the roles found at any of {@code paths} below a field (such as {@code steps/role/}):
	 * one set for all of them, since the statement reads the same lists for every role of its answer.
	 */
	public static Selected selected(DataFetchingFieldSelectionSet selection, String... paths) {
		Set<RoleList> lists = EnumSet.noneOf(RoleList.class);
		for (String path : paths) {
			lists.addAll(RoleList.selectedIn(selection, path));
		}
		return new Selected(lists);
	}

	/** No lists: the flag parameters all off, for the statement run on its own (benchmark baselines). */
	public static Selected none() {
		return new Selected(EnumSet.noneOf(RoleList.class));
	}

	/** Which lists a client selected; their flag parameters for {@link #OF_ROLE}. */
	public record Selected(Collection<RoleList> lists) {

		public Map<String, Object> parameters() {
			Map<String, Object> flags = new HashMap<>();
			for (RoleList list : RoleList.values()) {
				flags.put(list.flag(PREFIX), this.lists.contains(list));
			}
			return flags;
		}

		/** The host statement's own {@code parameters} with these flags added. */
		public Map<String, Object> parameters(Map<String, Object> own) {
			Map<String, Object> all = parameters();
			all.putAll(own);
			return all;
		}

		/** A reader for the roles of one answer. */
		public Reader reader(GraphMapper mapper) {
			return new Reader(this, mapper);
		}

	}

	/** Maps the roles of one answer and keeps each with the lists read for it, for {@link #answer(Object)}. */
	public static final class Reader {

		private final Selected selected;

		private final GraphMapper mapper;

		private final List<LoadedRole> roles = new ArrayList<>();

		private Reader(Selected selected, GraphMapper mapper) {
			this.selected = selected;
			this.mapper = mapper;
		}

		/**
		 * The role in {@code node} (null for a null value), kept with the selected lists read from {@code lists} (a
		 * map built by {@link #OF_ROLE}).
		 */
		public Role role(Value node, Value lists) {
			Role role = this.mapper.node(node, Role.class);
			if (role != null) {
				this.roles.add(new LoadedRole(role, RoleGraph.lists(this.mapper, lists, this.selected.lists())));
			}
			return role;
		}

		/** {@code data}, with the lists of the roles read so far handed to the {@code Role} fields below it. */
		public <T> DataFetcherResult<T> answer(T data) {
			return DataFetcherResult.<T>newResult()
				.data(data)
				.localContext(GraphQLContext.of(RoleListWiring.context(List.copyOf(this.roles))))
				.build();
		}

	}

}
