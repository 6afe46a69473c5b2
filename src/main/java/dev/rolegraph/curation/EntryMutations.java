package dev.rolegraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rolegraph.curation.Inputs.CreateEntryInput;
import dev.rolegraph.curation.Inputs.DeleteInput;
import dev.rolegraph.curation.Inputs.UpdateEntryInput;
import dev.rolegraph.curation.Payloads.UserError;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

/**
 * The mutations that are the same for every kind of catalogue entry, wired once per {@link Entry} instead of one
 * controller method per kind: {@code create<Kind>} and {@code update<Kind>} for skills, tools, platforms and
 * responsibilities, {@code delete<Kind>} for those and roles. Each answers with its kind's payload type, whose
 * result field is named after the kind ({@code SkillPayload.skill}).
 */
@Component
class EntryMutations implements RuntimeWiringConfigurer {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	/** Looked up when a mutation runs: the GraphQL slices of other features wire this without a curation service. */
	private final ObjectProvider<CurationService> curation;

	EntryMutations(ObjectProvider<CurationService> curation) {
		this.curation = curation;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Mutation", type -> {
			for (Entry<?> kind : Entry.CATALOGUE) {
				String name = kind.label().text;
				type.dataFetcher("create" + name, env -> this.curation.getObject()
					.create(kind, input(env, CreateEntryInput.class))
					.into((entity, errors) -> payload(kind, entity, errors)));
				type.dataFetcher("update" + name, env -> this.curation.getObject()
					.update(kind, input(env, UpdateEntryInput.class))
					.into((entity, errors) -> payload(kind, entity, errors)));
			}
			for (Entry<?> kind : Entry.DELETABLE) {
				type.dataFetcher("delete" + kind.label().text,
						env -> this.curation.getObject().delete(kind, input(env, DeleteInput.class)));
			}
			return type;
		});
	}

	private static <T> T input(DataFetchingEnvironment env, Class<T> type) throws BindException {
		return type.cast(BINDER.bind(env, "input", ResolvableType.forClass(type)));
	}

	private static Map<String, Object> payload(Entry<?> kind, Object entity, List<UserError> errors) {
		Map<String, Object> payload = new HashMap<>();
		payload.put(kind.label().lowerCase(), entity);
		payload.put("errors", errors);
		return payload;
	}

}
