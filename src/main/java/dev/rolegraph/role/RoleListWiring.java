package dev.rolegraph.role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.role.RoleGraph.LoadedRole;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The lists of a {@code Role} ({@link RoleList}): taken from the role's own statement when the role was asked for
 * by id (they travel down in the local context), else loaded for all the roles of a request in one batch.
 */
@Component
class RoleListWiring implements RuntimeWiringConfigurer {

	private static final String READ_WITH_ROLE = RoleListWiring.class.getName();

	RoleListWiring(BatchLoaderRegistry loaders, RoleGraph graph) {
		for (RoleList list : RoleList.values()) {
			loaders.<String, List<Object>>forName(list.loader())
				.registerMappedBatchLoader((ids, env) -> Mono.fromSupplier(() -> graph.links(list, ids)));
		}
	}

	/** {@code loaded.role()}, with its lists for the fields below it. */
	static DataFetcherResult<Role> withLists(LoadedRole loaded) {
		return DataFetcherResult.<Role>newResult()
			.data(loaded.role())
			.localContext(GraphQLContext.of(context(List.of(loaded))))
			.build();
	}

	/** The local context that hands the lists read with {@code roles} to the fields below them. */
	static Map<String, Object> context(List<LoadedRole> roles) {
		Map<String, LoadedRole> byId = new HashMap<>();
		roles.forEach(loaded -> byId.put(loaded.role().id(), loaded));
		return Map.of(READ_WITH_ROLE, byId);
	}

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
		builder.type("Role", type -> {
			for (RoleList list : RoleList.values()) {
				type.dataFetcher(list.field, new ListFetcher(list));
			}
			return type;
		});
	}

	/** One list of a role. */
	private record ListFetcher(RoleList list) implements DataFetcher<Object> {

		@Override
		public Object get(DataFetchingEnvironment env) {
			Role role = env.getSource();
			if (env.getLocalContext() instanceof GraphQLContext context
					&& context.get(READ_WITH_ROLE) instanceof Map<?, ?> byId
					&& byId.get(role.id()) instanceof LoadedRole loaded && loaded.lists().containsKey(this.list)) {
				return loaded.lists().get(this.list);
			}
			return env.getDataLoader(this.list.loader()).load(role.id());
		}

	}

}
