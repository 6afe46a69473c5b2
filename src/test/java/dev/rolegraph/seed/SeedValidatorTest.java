package dev.rolegraph.seed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.rolegraph.seed.SeedFixtures.OFFICER;
import static dev.rolegraph.seed.SeedFixtures.SKILLS;
import static dev.rolegraph.seed.SeedFixtures.SOURCES;
import static dev.rolegraph.seed.SeedFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SeedValidatorTest {

	private static List<String> problems(Map<String, byte[]> files) {
		SeedException failure = catchThrowableOfType(SeedException.class,
				() -> SeedValidator.validate(SeedReader.parse(files)));
		assertThat(failure).as("the seed should have been rejected").isNotNull();
		return failure.problems();
	}

	@Test
	void theFixtureItselfIsValid() {
		assertThatNoException().isThrownBy(() -> SeedValidator.validate(SeedReader.parse(files(SOURCES, SKILLS, OFFICER))));
	}

	@Test
	void anUnknownReferenceNamesFileEntryAndTarget() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("to: copywriting", "to: copywritting"))))
			.containsExactly("roles/officer.yaml (officer) requires copywritting: unknown skill 'copywritting'");
	}

	@Test
	void aFactWithoutCitationIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("cite: [\"001:25\"]", "cite: []"))))
			.containsExactly("roles/officer.yaml (officer) requires copywriting: missing citation (cite: [\"source:line\"])");
	}

	@Test
	void aCitedLinePastTheEndOfItsArticleIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("001:25", "001:25-41"))))
			.containsExactly("roles/officer.yaml (officer) requires copywriting: citation 001:25-41 is past the end of source 001 (40 lines)");
	}

	@Test
	void aCitationOfAnUnknownSourceOrOfNoFormIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("001:25", "009:1"))))
			.containsExactly("roles/officer.yaml (officer) requires copywriting: citation 009:1 names unknown source '009'");
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("001:25", "line 25"))))
			.containsExactly("roles/officer.yaml (officer) requires copywriting: citation 'line 25' is not of the form source:line or source:first-last");
	}

	@Test
	void aDuplicateIdIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS + SKILLS.replace("Copywriting, id: Copywriting", "Copy, id: Copy"), OFFICER)))
			.containsExactly("skills.yaml entry 2 (copywriting): duplicate skill id 'copywriting'");
	}

	@Test
	void anEmptyEnglishOrIndonesianNameIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS.replace("en: Copywriting", "en: \"\""), OFFICER)))
			.containsExactly("skills.yaml entry 1 (copywriting): empty English name");
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("id: Social Media Officer}", "id: \" \"}"))))
			.containsExactly("roles/officer.yaml (officer): empty Indonesian name");
	}

	@Test
	void misDecodedCharactersAreRejected() {
		String broken = "Bandung, 14 Oktober 2024 \u0E42\u20AC\u201C Di era";
		assertThat(problems(files(SOURCES.replace("title: An article", "title: \"" + broken + "\""), SKILLS, OFFICER)))
			.singleElement()
			.asString()
			.startsWith("sources.yaml entry 1 (001): title contains mis-decoded or control characters:");
	}

	@Test
	void aZeroWidthCharacterInANameIsRejectedAsCurationRejectsIt() {
		assertThat(problems(files(SOURCES, SKILLS.replace("en: Copywriting", "en: \"Copy\u200Bwriting\""), OFFICER)))
			.containsExactly("skills.yaml entry 1 (copywriting): name (en) contains invisible or text-direction characters");
	}

	@Test
	void aMisspelledFieldOrUnknownFileIsRejected() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER.replace("requires:", "requieres:"))))
			.singleElement()
			.asString()
			.startsWith("roles/officer.yaml: Unrecognized property \"requieres\"");
		var withStray = files(SOURCES, SKILLS, OFFICER);
		withStray.put("notes.yaml", "- x".getBytes(StandardCharsets.UTF_8));
		assertThat(problems(withStray)).singleElement().asString().startsWith("notes.yaml: unknown seed file");
	}

	@Test
	void aRoleCannotReportToItself() {
		assertThat(problems(files(SOURCES, SKILLS, OFFICER + "reportsTo:\n  - {to: officer, cite: [\"001:3\"]}\n")))
			.containsExactly("roles/officer.yaml (officer): a role cannot link to itself (officer)");
	}

}
