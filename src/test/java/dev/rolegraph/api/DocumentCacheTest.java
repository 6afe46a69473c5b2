package dev.rolegraph.api;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Parsed documents are reused, but every request is still answered for its own variables and checked in full. */
class DocumentCacheTest extends ApiTest {

	private static final String ROLE_NAME = "query RoleName($id: ID!, $lang: Lang!) { role(id: $id) { name(lang: $lang) } }";

	@Test
	void theSameDocumentWithOtherVariablesAnswersForThoseVariables() {
		this.graphQl.document(ROLE_NAME).variable("id", "social-media-officer").variable("lang", "EN").execute()
			.path("role.name").entity(String.class).isEqualTo("Social Media Officer");
		this.graphQl.document(ROLE_NAME).variable("id", "social-media-strategist").variable("lang", "ID").execute()
			.path("role.name").entity(String.class).isEqualTo("Ahli Strategi Media Sosial");
		this.graphQl.document(ROLE_NAME).variable("id", "astronaut").variable("lang", "EN").execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
	}

	@Test
	void anInvalidDocumentIsRefusedEveryTimeItIsSent() {
		for (int attempt = 0; attempt < 2; attempt++) {
			this.graphQl.document("{ role(id: \"social-media-officer\") { salaryInGold } }").execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("salaryInGold")));
		}
	}

	@Test
	void aDocumentTooLongToKeepIsAnsweredAllTheSame() {
		String padded = "{ role(id: \"social-media-officer\") { name } }" + " ".repeat(DocumentCache.MAX_DOCUMENT_LENGTH);
		this.graphQl.document(padded).execute().path("role.name").entity(String.class).isEqualTo("Social Media Officer");
	}

}
