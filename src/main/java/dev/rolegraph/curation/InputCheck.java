package dev.rolegraph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.rolegraph.curation.Constraints.NoSelfLink;
import dev.rolegraph.curation.Payloads.Code;
import dev.rolegraph.curation.Payloads.UserError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks a mutation's input with Bean Validation before any write and turns each violation into the typed error a
 * client acts on: its code and the path of the field from {@code input}.
 */
@Component
class InputCheck {

	private final Validator validator;

	InputCheck(Validator validator) {
		this.validator = validator;
	}

	/** Every problem of the input, ordered by field path; empty when it may be written. */
	List<UserError> problems(Object input) {
		return this.validator.validate(input)
			.stream()
			.map(InputCheck::error)
			.sorted(Comparator.comparing((UserError error) -> String.join(".", error.field()))
				.thenComparing(UserError::message))
			.toList();
	}

	private static UserError error(ConstraintViolation<?> violation) {
		List<String> field = new ArrayList<>();
		for (Path.Node node : violation.getPropertyPath()) {
			if (node.isInIterable() && node.getIndex() != null) {
				field.add(String.valueOf(node.getIndex()));
			}
			// Container elements are named like "<list element>": the index above already says which one.
			if (node.getName() != null && !node.getName().startsWith("<")) {
				field.add(node.getName());
			}
		}
		Code code = violation.getConstraintDescriptor().getAnnotation() instanceof NoSelfLink ? Code.SELF_LINK
				: Code.INVALID;
		return UserError.of(code, violation.getMessage(), field.toArray(String[]::new));
	}

}
