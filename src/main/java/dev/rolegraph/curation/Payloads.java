package dev.rolegraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.rolegraph.evidence.Citation;
import dev.rolegraph.role.Role;
import dev.rolegraph.vocabulary.Relation;

/** What mutations return: the result, or the errors that explain why nothing was written. */
final class Payloads {

	private Payloads() {
	}

	enum Code {

		INVALID, NOT_FOUND, DUPLICATE, SELF_LINK, CYCLE, NOT_LINKED

	}

	/** A problem with one input field, by its path from the mutation argument. */
	record UserError(List<String> field, Code code, String message) {

		/** An error on {@code input.<field...>}; the message starts with that path. */
		static UserError of(Code code, String message, String... field) {
			List<String> path = new ArrayList<>(List.of("input"));
			path.addAll(List.of(field));
			return new UserError(path, code, String.join(".", path) + " " + message);
		}

	}

	/** What a create or update produced: the entity as stored, or why nothing was written. */
	record Outcome<T>(T entity, List<UserError> errors) {

		static <T> Outcome<T> written(T entity) {
			return new Outcome<>(entity, List.of());
		}

		static <T> Outcome<T> refused(List<UserError> errors) {
			return new Outcome<>(null, errors);
		}

		/** The payload of the schema type that carries this kind of entity. */
		<P> P into(BiFunction<T, List<UserError>, P> payload) {
			return payload.apply(this.entity, this.errors);
		}

	}

	record RolePayload(Role role, List<UserError> errors) {
	}

	record DeletePayload(String deletedId, List<UserError> errors) {
	}

	record LinkPayload(Role from, String to, Relation type, List<Citation> citations, List<UserError> errors) {
	}

}
