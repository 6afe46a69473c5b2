package dev.rolegraph.curation;

import java.time.LocalDate;
import java.util.List;

import dev.rolegraph.vocabulary.Relation;

/** The inputs of the mutations, as clients send them. */
final class Inputs {

	private Inputs() {
	}

	record TextInput(String en, String id) {
	}

	record NewSourceInput(String id, String title, String url, String publisher, LocalDate published, String language) {
	}

	record EvidenceInput(String sourceId, NewSourceInput newSource, String lines, Boolean inferred, String note) {

		boolean isInferred() {
			return Boolean.TRUE.equals(this.inferred);
		}

	}

	record CreateRoleInput(String id, String kind, TextInput name, TextInput description, EvidenceInput evidence) {
	}

	record UpdateRoleInput(String id, TextInput name, TextInput description, EvidenceInput evidence) {
	}

	record CreateEntryInput(String id, TextInput name, TextInput description, List<String> aliases,
			EvidenceInput evidence) {
	}

	record UpdateEntryInput(String id, TextInput name, TextInput description, List<String> aliases,
			EvidenceInput evidence) {
	}

	record DeleteInput(String id, EvidenceInput evidence) {
	}

	record LinkInput(String from, Relation type, String to, Boolean essential, EvidenceInput evidence) {
	}

	record UnlinkInput(String from, Relation type, String to, EvidenceInput evidence) {
	}

}
