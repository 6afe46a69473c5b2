package dev.rolegraph.curation;

import java.time.LocalDate;
import java.util.List;

import dev.rolegraph.curation.Constraints.Bilingual;
import dev.rolegraph.curation.Constraints.ChangesSomething;
import dev.rolegraph.curation.Constraints.CleanText;
import dev.rolegraph.curation.Constraints.EssentialOnlyForRequires;
import dev.rolegraph.curation.Constraints.GraphId;
import dev.rolegraph.curation.Constraints.Lines;
import dev.rolegraph.curation.Constraints.NoSelfLink;
import dev.rolegraph.curation.Constraints.OneSource;
import dev.rolegraph.curation.Constraints.WebAddress;
import dev.rolegraph.vocabulary.Relation;
import dev.rolegraph.vocabulary.RoleKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static dev.rolegraph.curation.Constraints.MAX_ALIASES;
import static dev.rolegraph.curation.Constraints.MAX_DESCRIPTION;
import static dev.rolegraph.curation.Constraints.MAX_NAME;
import static dev.rolegraph.curation.Constraints.MAX_NOTE;
import static dev.rolegraph.curation.Constraints.MAX_TITLE;

/**
 * The inputs of the mutations, as clients send them, with the rules each field must follow (checked by Bean
 * Validation before any write; see {@link InputCheck}).
 */
final class Inputs {

	private static final String EVIDENCE = "every change needs evidence: a source and, for articles, the lines";

	private static final String NAME = "is required, in English (en) and Indonesian (id)";

	private Inputs() {
	}

	/**
	 * A label in both languages. The schema calls the Indonesian one {@code id} after its language code, and binding
	 * follows the schema's names; the code reads it as {@link #indonesian()}.
	 */
	record TextInput(String en, String id) {

		String indonesian() {
			return this.id;
		}

	}

	record NewSourceInput(@GraphId String id,
			@CleanText(max = MAX_TITLE) String title, @WebAddress String url,
			@CleanText(max = MAX_NAME, required = false) String publisher, LocalDate published,
			@NotNull(message = "must be a language code such as en or id") @Pattern(regexp = "[a-z]{2,3}",
					message = "must be a language code such as en or id") String language) {
	}

	@OneSource
	record EvidenceInput(@GraphId(required = false) String sourceId, @Valid NewSourceInput newSource, @Lines String lines,
			Boolean inferred, @CleanText(max = MAX_NOTE, required = false) String note) {

		boolean isInferred() {
			return Boolean.TRUE.equals(this.inferred);
		}

	}

	record CreateRoleInput(@GraphId String id,
			RoleKind kind, @NotNull(message = NAME) @Bilingual(max = MAX_NAME) TextInput name,
			@Bilingual(max = MAX_DESCRIPTION) TextInput description,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	@ChangesSomething(value = { "name", "description" }, message = "nothing to change: give a name or a description")
	record UpdateRoleInput(@GraphId String id,
			@Bilingual(max = MAX_NAME) TextInput name, @Bilingual(max = MAX_DESCRIPTION) TextInput description,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	record CreateEntryInput(@GraphId String id,
			@NotNull(message = NAME) @Bilingual(max = MAX_NAME) TextInput name,
			@Bilingual(max = MAX_DESCRIPTION) TextInput description,
			@Size(max = MAX_ALIASES, message = "at most " + MAX_ALIASES + " aliases") List<@CleanText(max = MAX_NAME) String> aliases,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	@ChangesSomething(value = { "name", "description", "aliases" },
			message = "nothing to change: give a name, description or aliases")
	record UpdateEntryInput(@GraphId String id,
			@Bilingual(max = MAX_NAME) TextInput name, @Bilingual(max = MAX_DESCRIPTION) TextInput description,
			@Size(max = MAX_ALIASES, message = "at most " + MAX_ALIASES + " aliases") List<@CleanText(max = MAX_NAME) String> aliases,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	record DeleteInput(@GraphId String id,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	@EssentialOnlyForRequires
	@NoSelfLink
	record LinkInput(@GraphId String from,
			Relation type, @GraphId String to,
			Boolean essential, @NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

	record UnlinkInput(@GraphId String from,
			Relation type, @GraphId String to,
			@NotNull(message = EVIDENCE) @Valid EvidenceInput evidence) {
	}

}
