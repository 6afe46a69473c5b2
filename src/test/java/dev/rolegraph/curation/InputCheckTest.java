package dev.rolegraph.curation;

import java.util.List;

import dev.rolegraph.curation.Inputs.CreateEntryInput;
import dev.rolegraph.curation.Inputs.DeleteInput;
import dev.rolegraph.curation.Inputs.EvidenceInput;
import dev.rolegraph.curation.Inputs.LinkInput;
import dev.rolegraph.curation.Inputs.NewSourceInput;
import dev.rolegraph.curation.Inputs.TextInput;
import dev.rolegraph.curation.Inputs.UpdateEntryInput;
import dev.rolegraph.curation.Payloads.Code;
import dev.rolegraph.curation.Payloads.UserError;
import dev.rolegraph.vocabulary.Relation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the curation inputs as Bean Validation sees them, without Spring or a database: each broken rule
 * comes back as the typed error a client acts on, with the path of its field from {@code input}.
 */
class InputCheckTest {

	/** Built as Spring builds the application's: the constraint validators are package-private, like the inputs. */
	private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider()
		.configure()
		.constraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()))
		.buildValidatorFactory();

	private static final EvidenceInput ARTICLE = new EvidenceInput("003", null, "12", false, null);

	private final InputCheck check = new InputCheck(VALIDATION.getValidator());

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@Test
	void aWellFormedNewSkillHasNoProblems() {
		assertThat(this.check.problems(new CreateEntryInput("storytelling", new TextInput("Storytelling", "Bercerita"),
				null, List.of("narrative"), ARTICLE))).isEmpty();
	}

	@Test
	void aBrokenAliasIsNamedByItsPosition() {
		var problems = this.check.problems(new CreateEntryInput("storytelling",
				new TextInput("Storytelling", "Bercerita"), null, List.of("fine", "bad\u200Bzero-width"), ARTICLE));
		assertThat(problems).extracting(UserError::field).containsExactly(List.of("input", "aliases", "1"));
		assertThat(problems.getFirst().message()).isEqualTo("input.aliases.1 contains invisible or text-direction characters");
	}

	@Test
	void everyProblemOfOneInputComesBackOrderedByField() {
		var problems = this.check.problems(new CreateEntryInput("Bad Id", new TextInput("", "x".repeat(201)), null,
				null, null));
		assertThat(problems).extracting(error -> String.join(".", error.field()))
			.containsExactly("input.evidence", "input.id", "input.name.en", "input.name.id");
		assertThat(problems).extracting(UserError::code).containsOnly(Code.INVALID);
		assertThat(problems.get(3).message()).isEqualTo("input.name.id must be at most 200 characters, was 201");
	}

	@Test
	void theClientsTextInAMessageIsQuotedNeverInterpolated() {
		String name = "${1+1}\u00c3\u00a9{min}";
		var problems = this.check.problems(
				new CreateEntryInput("cafe", new TextInput("Cafe", name), null, null, ARTICLE));
		assertThat(problems).singleElement()
			.extracting(UserError::message)
			.asString()
			.endsWith(": \"${1+1}\u00c3\u00a9{min}\"");
	}

	@Test
	void aRoleLinkedToItselfIsASelfLinkOnTo() {
		var problems = this.check.problems(
				new LinkInput("social-media-officer", Relation.REPORTS_TO, "social-media-officer", null, ARTICLE));
		assertThat(problems).singleElement().satisfies(error -> {
			assertThat(error.code()).isEqualTo(Code.SELF_LINK);
			assertThat(error.field()).containsExactly("input", "to");
		});
	}

	@Test
	void essentialIsOnlySaidOfRequires() {
		var problems = this.check.problems(
				new LinkInput("social-media-officer", Relation.USES, "canva", true, ARTICLE));
		assertThat(problems).singleElement()
			.extracting(UserError::message)
			.isEqualTo("input.essential only applies to REQUIRES");
	}

	@Test
	void evidenceNamesExactlyOneSource() {
		var both = new EvidenceInput("003", new NewSourceInput("blog", "A blog", "https://example.org/a", null, null,
				"en"), null, false, null);
		assertThat(this.check.problems(new DeleteInput("canva", both))).singleElement()
			.extracting(UserError::field)
			.isEqualTo(List.of("input", "evidence", "sourceId"));
		var neither = new EvidenceInput(null, null, null, false, null);
		assertThat(this.check.problems(new DeleteInput("canva", neither))).hasSize(1);
	}

	@Test
	void aNewSourceIsCheckedFieldByField() {
		var source = new NewSourceInput("Blog!", "", "ftp://example.org", null, null, "english");
		var problems = this.check.problems(new DeleteInput("canva", new EvidenceInput(null, source, "0", false, null)));
		assertThat(problems).extracting(error -> String.join(".", error.field()))
			.containsExactly("input.evidence.lines", "input.evidence.newSource.id", "input.evidence.newSource.language",
					"input.evidence.newSource.title", "input.evidence.newSource.url");
	}

	@Test
	void anUpdateThatChangesNothingIsRefusedOnItsId() {
		assertThat(this.check.problems(new UpdateEntryInput("canva", null, null, null, ARTICLE))).singleElement()
			.extracting(UserError::message)
			.isEqualTo("input.id nothing to change: give a name, description or aliases");
	}

}
