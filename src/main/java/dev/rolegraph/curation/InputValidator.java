package dev.rolegraph.curation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.rolegraph.curation.Inputs.EvidenceInput;
import dev.rolegraph.curation.Inputs.NewSourceInput;
import dev.rolegraph.curation.Inputs.TextInput;
import dev.rolegraph.curation.Payloads.Code;
import dev.rolegraph.curation.Payloads.UserError;
import dev.rolegraph.vocabulary.Ids;
import dev.rolegraph.vocabulary.TextRule;

/** Checks an input before any write; collects every problem with the path of its field. */
final class InputValidator {

	static final Pattern LINES = Pattern.compile("(\\d{1,7})(?:-(\\d{1,7}))?");

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_NOTE = 500;

	static final int MAX_ALIASES = 20;

	private final List<UserError> errors = new ArrayList<>();

	List<UserError> errors() {
		return this.errors;
	}

	InputValidator id(String value, String... field) {
		if (!Ids.valid(value)) {
			error(Code.INVALID, "must be " + Ids.RULE, field);
		}
		return this;
	}

	InputValidator name(TextInput name, boolean required, String field) {
		if (name == null) {
			if (required) {
				error(Code.INVALID, "is required, in English (en) and Indonesian (id)", field);
			}
			return this;
		}
		text(name.en(), true, MAX_NAME, field, "en");
		text(name.id(), true, MAX_NAME, field, "id");
		return this;
	}

	InputValidator description(TextInput description, String field) {
		if (description != null) {
			text(description.en(), true, MAX_DESCRIPTION, field, "en");
			text(description.id(), true, MAX_DESCRIPTION, field, "id");
		}
		return this;
	}

	InputValidator aliases(List<String> aliases, String field) {
		if (aliases == null) {
			return this;
		}
		if (aliases.size() > MAX_ALIASES) {
			error(Code.INVALID, "at most " + MAX_ALIASES + " aliases", field);
		}
		for (int i = 0; i < aliases.size(); i++) {
			text(aliases.get(i), true, MAX_NAME, field, String.valueOf(i));
		}
		return this;
	}

	InputValidator evidence(EvidenceInput evidence) {
		if (evidence == null) {
			error(Code.INVALID, "every change needs evidence: a source and, for articles, the lines", "evidence");
			return this;
		}
		if ((evidence.sourceId() == null) == (evidence.newSource() == null)) {
			error(Code.INVALID, "give exactly one of sourceId (an existing source) or newSource", "evidence", "sourceId");
		}
		if (evidence.sourceId() != null) {
			id(evidence.sourceId(), "evidence", "sourceId");
		}
		if (evidence.lines() != null) {
			var matcher = LINES.matcher(evidence.lines());
			if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1 || (matcher.group(2) != null
					&& Integer.parseInt(matcher.group(2)) < Integer.parseInt(matcher.group(1)))) {
				error(Code.INVALID, "must be a line or a range such as 12 or 12-14", "evidence", "lines");
			}
		}
		text(evidence.note(), false, MAX_NOTE, "evidence", "note");
		NewSourceInput source = evidence.newSource();
		if (source != null) {
			id(source.id(), "evidence", "newSource", "id");
			text(source.title(), true, 300, "evidence", "newSource", "title");
			text(source.publisher(), false, MAX_NAME, "evidence", "newSource", "publisher");
			if (source.url() == null || source.url().length() > 2000 || !isWebAddress(source.url())) {
				error(Code.INVALID, "must be an http or https address", "evidence", "newSource", "url");
			}
			if (source.language() == null || !source.language().matches("[a-z]{2,3}")) {
				error(Code.INVALID, "must be a language code such as en or id", "evidence", "newSource", "language");
			}
		}
		return this;
	}

	InputValidator check(boolean ok, Code code, String message, String... field) {
		if (!ok) {
			error(code, message, field);
		}
		return this;
	}

	private void text(String value, boolean required, int max, String... field) {
		if (value == null || value.isBlank()) {
			if (required) {
				error(Code.INVALID, "must not be empty", field);
			}
			return;
		}
		if (value.length() > max) {
			error(Code.INVALID, "must be at most " + max + " characters, was " + value.length(), field);
		}
		else {
			TextRule.problem(value).ifPresent(problem -> error(Code.INVALID, problem, field));
		}
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
	}

	private void error(Code code, String message, String... field) {
		this.errors.add(UserError.of(code, message, field));
	}

}
