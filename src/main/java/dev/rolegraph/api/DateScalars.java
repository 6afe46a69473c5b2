package dev.rolegraph.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code Date} and {@code DateTime} scalars: ISO-8601 strings on the wire, {@link LocalDate} and
 * {@link OffsetDateTime} in Java. A malformed value is refused while the request is validated, with an error that
 * names the argument.
 */
@Component
class DateScalars implements RuntimeWiringConfigurer {

	static final GraphQLScalarType DATE = scalar("Date", LocalDate.class, LocalDate::parse, LocalDate::toString,
			"a date such as 2024-10-14");

	static final GraphQLScalarType DATE_TIME = scalar("DateTime", OffsetDateTime.class, OffsetDateTime::parse,
			DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, "a date-time with offset, e.g. 2026-11-25T09:00:00Z");

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(DATE).scalar(DATE_TIME);
	}

	private static <T> GraphQLScalarType scalar(String name, Class<T> type, Function<String, T> parse,
			Function<T, String> print, String expected) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof ZonedDateTime zoned && type == OffsetDateTime.class) {
					return print.apply(type.cast(zoned.toOffsetDateTime()));
				}
				if (type.isInstance(value)) {
					return print.apply(type.cast(value));
				}
				throw new CoercingSerializeException("not a " + name + ": " + value);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				if (input instanceof String text) {
					try {
						return parse.apply(text);
					}
					catch (DateTimeParseException ex) {
						// fall through to the message below
					}
				}
				throw new CoercingParseValueException("must be " + expected + ", was " + input);
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return parse.apply(text.getValue());
					}
					catch (DateTimeParseException ex) {
						// fall through to the message below
					}
				}
				throw new CoercingParseLiteralException("must be " + expected);
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.of(serialize(input, context, locale));
			}

		}).build();
	}

}
