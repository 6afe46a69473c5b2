package dev.rolegraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.rolegraph.evidence.Citation;
import dev.rolegraph.seed.SeedModel.Attribute;
import dev.rolegraph.seed.SeedModel.Link;
import dev.rolegraph.seed.SeedModel.Located;
import dev.rolegraph.seed.SeedModel.Role;
import dev.rolegraph.seed.SeedModel.Source;
import dev.rolegraph.seed.SeedModel.Text;
import dev.rolegraph.seed.SeedModel.Thing;
import dev.rolegraph.vocabulary.Ids;
import dev.rolegraph.vocabulary.RoleKind;
import dev.rolegraph.vocabulary.TextRule;

/** Checks a parsed seed before anything is written; collects every problem instead of stopping at the first. */
final class SeedValidator {



	private final Seed seed;

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Integer> sourceLines = new HashMap<>();

	private SeedValidator(Seed seed) {
		this.seed = seed;
	}

	/** Throws a {@link SeedException} listing every problem, or returns quietly. */
	static void validate(Seed seed) {
		var validator = new SeedValidator(seed);
		validator.run();
		if (!validator.problems.isEmpty()) {
			throw new SeedException(validator.problems);
		}
	}

	private void run() {
		Set<String> sourceIds = ids(this.seed.sources(), Source::id, "source");
		for (var located : this.seed.sources()) {
			Source source = located.entry();
			String where = located.where(source.id());
			this.sourceLines.put(source.id(), source.lines());
			require(source.file(), where, "file");
			require(source.title(), where, "title");
			require(source.language(), where, "language");
			if (source.lines() < 1) {
				this.problems.add(where + ": lines must give the article's line count (at least 1)");
			}
			text(where, "title", source.title());
			text(where, "publisher", source.publisher());
		}
		Set<String> skills = things(this.seed.skills(), "skill");
		Set<String> responsibilities = things(this.seed.responsibilities(), "responsibility");
		Set<String> tools = things(this.seed.tools(), "tool");
		Set<String> platforms = things(this.seed.platforms(), "platform");
		Set<String> roles = ids(this.seed.roles(), Role::id, "role");
		Set<String> collaborations = new HashSet<>();
		for (var located : this.seed.roles()) {
			Role role = located.entry();
			String where = located.where(role.id());
			if (role.id() != null && !located.file().equals("roles/" + role.id() + ".yaml")) {
				this.problems.add(where + ": a role's file must be named roles/" + role.id() + ".yaml");
			}
			if (!RoleKind.known(role.kind())) {
				this.problems.add(where + ": kind must be one of " + RoleKind.names());
			}
			name(where, role.name());
			attribute(where, "description", role.description());
			attribute(where, "audience", role.audience());
			attribute(where, "accountPractice", role.accountPractice());
			if (role.seniority() != null) {
				if (role.seniority().rank() == null || role.seniority().rank() < 1) {
					this.problems.add(where + ": seniority.rank must be a positive number");
				}
				bilingual(where, "seniority", role.seniority().en(), role.seniority().indonesian());
				citations(where + " seniority", role.seniority().cite());
			}
			if (role.salary() != null) {
				var salary = role.salary();
				if (salary.min() == null || salary.max() == null || salary.min() < 0 || salary.max() < salary.min()) {
					this.problems.add(where + ": salary needs 0 <= min <= max");
				}
				require(salary.currency(), where + " salary", "currency");
				require(salary.period(), where + " salary", "period");
				citations(where + " salary", salary.cite());
			}
			links(where, "requires", role.requires(), skills, "skill");
			links(where, "responsibilities", role.responsibilities(), responsibilities, "responsibility");
			links(where, "uses", role.uses(), tools, "tool");
			links(where, "worksOn", role.worksOn(), platforms, "platform");
			links(where, "reportsTo", role.reportsTo(), roles, "role");
			links(where, "collaboratesWith", role.collaboratesWith(), roles, "role");
			links(where, "progressesTo", role.progressesTo(), roles, "role");
			for (Link link : role.requires()) {
				if (link.essential() == null) {
					this.problems.add(where + " requires " + link.to() + ": say essential: true or false");
				}
			}
			for (List<Link> roleLinks : List.of(role.reportsTo(), role.collaboratesWith(), role.progressesTo())) {
				for (Link link : roleLinks) {
					if (role.id() != null && role.id().equals(link.to())) {
						this.problems.add(where + ": a role cannot link to itself (" + link.to() + ")");
					}
				}
			}
			for (Link link : role.collaboratesWith()) {
				if (role.id() == null || link.to() == null) {
					continue;
				}
				String pair = role.id().compareTo(link.to()) < 0 ? role.id() + "|" + link.to() : link.to() + "|" + role.id();
				if (!collaborations.add(pair)) {
					this.problems.add(where + ": collaboration with " + link.to()
							+ " is stated twice; keep one and put both citations on it");
				}
			}
		}
	}

	private <T> Set<String> ids(List<Located<T>> entries, Function<T, String> id, String kind) {
		Set<String> seen = new HashSet<>();
		for (var located : entries) {
			String value = id.apply(located.entry());
			if (!Ids.valid(value)) {
				this.problems.add(located.where(value) + ": " + kind + " id must be " + Ids.RULE);
			}
			else if (!seen.add(value)) {
				this.problems.add(located.where(value) + ": duplicate " + kind + " id '" + value + "'");
			}
		}
		return seen;
	}

	private Set<String> things(List<Located<Thing>> entries, String kind) {
		Set<String> ids = ids(entries, Thing::id, kind);
		for (var located : entries) {
			Thing thing = located.entry();
			String where = located.where(thing.id());
			name(where, thing.name());
			if (thing.description() != null) {
				bilingual(where, "description", thing.description().en(), thing.description().indonesian());
			}
			thing.aliases().forEach(alias -> text(where, "alias", alias));
		}
		return ids;
	}

	private void links(String where, String field, List<Link> links, Set<String> targets, String kind) {
		Set<String> seen = new HashSet<>();
		for (Link link : links) {
			String at = where + " " + field + " " + link.to();
			if (link.to() == null || !targets.contains(link.to())) {
				this.problems.add(at + ": unknown " + kind + " '" + link.to() + "'");
			}
			else if (!seen.add(link.to())) {
				this.problems.add(at + ": listed twice; keep one and put both citations on it");
			}
			citations(at, link.cite());
			text(at, "note", link.note());
		}
	}

	private void attribute(String where, String field, Attribute attribute) {
		if (attribute != null) {
			bilingual(where, field, attribute.en(), attribute.indonesian());
			citations(where + " " + field, attribute.cite());
		}
	}

	private void citations(String where, List<String> cites) {
		if (cites.isEmpty()) {
			this.problems.add(where + ": missing citation (cite: [\"source:line\"])");
		}
		for (String cite : cites) {
			try {
				Citation citation = Citation.parse(cite, false);
				Integer lines = this.sourceLines.get(citation.sourceId());
				if (lines == null) {
					this.problems.add(where + ": citation " + cite + " names unknown source '" + citation.sourceId() + "'");
				}
				else if (citation.lineStart() == null) {
					this.problems.add(where + ": citation " + cite + " must name the line(s) of the article");
				}
				else if (citation.lineEnd() > lines) {
					this.problems.add(where + ": citation " + cite + " is past the end of source " + citation.sourceId()
							+ " (" + lines + " lines)");
				}
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(where + ": " + ex.getMessage());
			}
		}
	}

	private void name(String where, Text name) {
		if (name == null) {
			this.problems.add(where + ": missing name (en and id)");
			return;
		}
		bilingual(where, "name", name.en(), name.indonesian());
	}

	private void bilingual(String where, String field, String en, String id) {
		if (en == null || en.isBlank()) {
			this.problems.add(where + ": empty English " + field);
		}
		if (id == null || id.isBlank()) {
			this.problems.add(where + ": empty Indonesian " + field);
		}
		text(where, field + " (en)", en);
		text(where, field + " (id)", id);
	}

	private void require(String value, String where, String field) {
		if (value == null || value.isBlank()) {
			this.problems.add(where + ": missing " + field);
		}
	}

	private void text(String where, String field, String value) {
		TextRule.problem(value).ifPresent(problem -> this.problems.add(where + ": " + field + " " + problem));
	}

}
