package dev.rolegraph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMessagesTest {

	@Test
	void literalsAreShownAsTheClientWroteThem() {
		assertThat(ErrorMessages.readable("Validation error (WrongType@[search]) : argument 'kinds' with value "
				+ "'ArrayValue{values=[EnumValue{name='SKIL'}]}' is not a valid 'SearchKind' - Literal value not in "
				+ "allowable values for enum 'SearchKind' - 'EnumValue{name='SKIL'}'"))
			.isEqualTo("Validation error (WrongType@[search]) : argument 'kinds' with value '[SKIL]' is not a valid "
					+ "'SearchKind' - Literal value not in allowable values for enum 'SearchKind' - 'SKIL'");
		assertThat(ErrorMessages.readable("argument 'first' with value 'StringValue{value='x'}' is not a valid 'Int'"))
			.isEqualTo("argument 'first' with value '\"x\"' is not a valid 'Int'");
		assertThat(ErrorMessages.readable("value 'ObjectValue{objectFields=[ObjectField{name='en', value=IntValue{value=1}}]}'"))
			.isEqualTo("value '{en: 1}'");
	}

	@Test
	void messagesWithoutThemAreLeftAlone() {
		String message = "no role with id 'x' (argument 'id')";
		assertThat(ErrorMessages.readable(message)).isSameAs(message);
	}

	@Test
	void aNameOrLiteralOfTheClientsIsQuotedAtMostEightyCharacters() {
		String field = "f".repeat(60_000);
		assertThat(ErrorMessages.readable("Validation error (FieldUndefined@[" + field + "]) : Field '" + field
				+ "' in type 'Query' is undefined"))
			.isEqualTo("Validation error (FieldUndefined@[" + "f".repeat(80) + "… (60000 characters)]) : Field '"
					+ "f".repeat(80) + "… (60000 characters)' in type 'Query' is undefined");
		assertThat(ErrorMessages.readable("'kinds' - 'EnumValue{name='" + "K".repeat(500) + "'}'"))
			.isEqualTo("'kinds' - '" + "K".repeat(80) + "… (500 characters)'");
	}

}
