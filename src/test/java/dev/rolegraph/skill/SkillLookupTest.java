package dev.rolegraph.skill;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A client that holds a skill id can show its name in either language. */
class SkillLookupTest extends ApiTest {

	@Test
	void graphicDesignIsNamedInEnglishAndIndonesian() {
		this.graphQl.document("""
				{ en: skill(id: "graphic-design") { id name } id: skill(id: "graphic-design") { name(lang: ID) } }""")
			.execute()
			.path("en.id").entity(String.class).isEqualTo("graphic-design")
			.path("en.name").entity(String.class).isEqualTo("Graphic design")
			.path("id.name").entity(String.class).isEqualTo("Desain grafis");
	}

	@Test
	void anUnknownSkillIsNotFoundNamingTheArgument() {
		this.graphQl.document("{ skill(id: \"juggling\") { name } }").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND").containsEntry("argument", "id");
				assertThat(error.getMessage()).contains("juggling");
			});
		});
	}

}
