package dev.rolegraph.curation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.rolegraph.curation.Inputs.EvidenceInput;
import dev.rolegraph.curation.Inputs.LinkInput;
import dev.rolegraph.curation.Inputs.TextInput;
import dev.rolegraph.vocabulary.Ids;
import dev.rolegraph.vocabulary.Relation;
import dev.rolegraph.vocabulary.TextRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The Bean Validation constraints of the curation inputs that Jakarta's own do not cover: the graph's id and text
 * rules, citations' line ranges, and the checks that span fields. Messages that quote the client's text pass it as a
 * message parameter, never as a template, so nothing a client sends is interpolated.
 */
final class Constraints {

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_NOTE = 500;

	static final int MAX_TITLE = 300;

	static final int MAX_ALIASES = 20;

	private Constraints() {
	}

	/** A graph id ({@link Ids}), required unless said otherwise. */
	@Documented
	@Constraint(validatedBy = IdValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface GraphId {

		boolean required() default true;

		String message() default "must be " + Ids.RULE;

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Text the graph may store ({@link TextRule}), not blank when required, at most {@code max} characters. */
	@Documented
	@Constraint(validatedBy = TextValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface CleanText {

		int max();

		boolean required() default true;

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Both languages of a {@link TextInput} follow {@link CleanText}. */
	@Documented
	@Constraint(validatedBy = BilingualValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface Bilingual {

		int max();

		String message() default "";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A line or a range of lines such as {@code 12} or {@code 12-14}. */
	@Documented
	@Constraint(validatedBy = LinesValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface Lines {

		String message() default "must be a line or a range such as 12 or 12-14";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** An absolute http or https address. */
	@Documented
	@Constraint(validatedBy = WebAddressValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface WebAddress {

		String message() default "must be an http or https address";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** Evidence names exactly one source: an existing one or a new one. */
	@Documented
	@Constraint(validatedBy = OneSourceValidator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface OneSource {

		String message() default "give exactly one of sourceId (an existing source) or newSource";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** An update changes something: at least one of the named components is given; reported on {@code id}. */
	@Documented
	@Constraint(validatedBy = ChangesSomethingValidator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface ChangesSomething {

		String[] value();

		String message();

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** {@code essential} is only said of REQUIRES. */
	@Documented
	@Constraint(validatedBy = EssentialValidator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface EssentialOnlyForRequires {

		String message() default "only applies to REQUIRES";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** A relationship between roles does not start and end at the same role (its own error code, SELF_LINK). */
	@Documented
	@Constraint(validatedBy = SelfLinkValidator.class)
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@interface NoSelfLink {

		String message() default "a role cannot link to itself";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static final class IdValidator implements ConstraintValidator<GraphId, String> {

		private boolean required;

		@Override
		public void initialize(GraphId rule) {
			this.required = rule.required();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null ? !this.required : Ids.valid(value);
		}

	}

	static final class TextValidator implements ConstraintValidator<CleanText, String> {

		private CleanText rule;

		@Override
		public void initialize(CleanText rule) {
			this.rule = rule;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return problem(value, this.rule.required(), this.rule.max())
				.map(problem -> report(context, problem, null))
				.orElse(true);
		}

	}

	static final class BilingualValidator implements ConstraintValidator<Bilingual, TextInput> {

		private int max;

		@Override
		public void initialize(Bilingual rule) {
			this.max = rule.max();
		}

		@Override
		public boolean isValid(TextInput value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			Optional<String> en = problem(value.en(), true, this.max);
			Optional<String> indonesian = problem(value.indonesian(), true, this.max);
			en.ifPresent(problem -> report(context, problem, "en"));
			indonesian.ifPresent(problem -> report(context, problem, "id"));
			return en.isEmpty() && indonesian.isEmpty();
		}

	}

	static final class LinesValidator implements ConstraintValidator<Lines, String> {

		private static final Pattern LINES = Pattern.compile("(\\d{1,7})(?:-(\\d{1,7}))?");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			Matcher matcher = LINES.matcher(value);
			return matcher.matches() && Integer.parseInt(matcher.group(1)) >= 1
					&& (matcher.group(2) == null || Integer.parseInt(matcher.group(2)) >= Integer.parseInt(matcher.group(1)));
		}

	}

	static final class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.length() > 2000) {
				return false;
			}
			try {
				URI uri = new URI(value);
				return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (Exception ex) {
				return false;
			}
		}

	}

	static final class OneSourceValidator implements ConstraintValidator<OneSource, EvidenceInput> {

		@Override
		public boolean isValid(EvidenceInput value, ConstraintValidatorContext context) {
			if (value == null || (value.sourceId() == null) != (value.newSource() == null)) {
				return true;
			}
			return report(context, context.getDefaultConstraintMessageTemplate(), "sourceId");
		}

	}

	static final class ChangesSomethingValidator implements ConstraintValidator<ChangesSomething, Record> {

		private String[] components;

		@Override
		public void initialize(ChangesSomething rule) {
			this.components = rule.value();
		}

		@Override
		public boolean isValid(Record value, ConstraintValidatorContext context) {
			if (value == null || Arrays.stream(value.getClass().getRecordComponents())
				.filter(component -> Arrays.asList(this.components).contains(component.getName()))
				.anyMatch(component -> valueOf(component, value) != null)) {
				return true;
			}
			return report(context, context.getDefaultConstraintMessageTemplate(), "id");
		}

		private static Object valueOf(RecordComponent component, Record value) {
			try {
				return component.getAccessor().invoke(value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	static final class EssentialValidator implements ConstraintValidator<EssentialOnlyForRequires, LinkInput> {

		@Override
		public boolean isValid(LinkInput value, ConstraintValidatorContext context) {
			if (value == null || value.essential() == null || value.type() == Relation.REQUIRES) {
				return true;
			}
			return report(context, context.getDefaultConstraintMessageTemplate(), "essential");
		}

	}

	static final class SelfLinkValidator implements ConstraintValidator<NoSelfLink, LinkInput> {

		@Override
		public boolean isValid(LinkInput value, ConstraintValidatorContext context) {
			if (value == null || value.type() == null || !value.type().betweenRoles() || value.from() == null
					|| !value.from().equals(value.to())) {
				return true;
			}
			return report(context, context.getDefaultConstraintMessageTemplate(), "to");
		}

	}

	/** What is wrong with a text value, if anything. */
	private static Optional<String> problem(String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			return required ? Optional.of("must not be empty") : Optional.empty();
		}
		if (value.length() > max) {
			return Optional.of("must be at most " + max + " characters, was " + value.length());
		}
		return TextRule.problem(value);
	}

	/**
	 * Replaces the default violation by {@code message}, on the given sub-property if any. The message travels as a
	 * parameter so that the client's text inside it is never read as a template.
	 */
	private static boolean report(ConstraintValidatorContext context, String message, String property) {
		context.disableDefaultConstraintViolation();
		var builder = context.unwrap(HibernateConstraintValidatorContext.class)
			.addMessageParameter("problem", message)
			.buildConstraintViolationWithTemplate("{problem}");
		if (property == null) {
			builder.addConstraintViolation();
		}
		else {
			builder.addPropertyNode(property).addConstraintViolation();
		}
		return false;
	}

}
