package dev.rolegraph.career;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rolegraph.api.InvalidArgumentException;
import dev.rolegraph.api.NotFoundException;
import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.CareerRoute;
import dev.rolegraph.career.Answers.MoveKind;
import dev.rolegraph.career.Answers.ComparedPlatform;
import dev.rolegraph.career.Answers.ComparedResponsibility;
import dev.rolegraph.career.Answers.ComparedSkill;
import dev.rolegraph.career.Answers.ComparedTool;
import dev.rolegraph.career.Answers.ReportingChain;
import dev.rolegraph.career.Answers.RoleComparison;
import dev.rolegraph.career.Answers.RoleMatch;
import dev.rolegraph.career.Answers.SimilarRole;
import dev.rolegraph.career.Answers.SkillGap;
import dev.rolegraph.career.CareerGraph.Compared;
import dev.rolegraph.career.CareerGraph.Gap;
import dev.rolegraph.career.CareerGraph.Matches;
import dev.rolegraph.career.CareerGraph.Part;
import dev.rolegraph.career.CareerGraph.PathParts;
import dev.rolegraph.career.CareerGraph.Paths;
import dev.rolegraph.career.CareerGraph.Route;
import dev.rolegraph.career.CareerGraph.WithRoles;
import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.role.RoleLists;
import dev.rolegraph.skill.Skill;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.stereotype.Service;

/** Checks the arguments of each career question, then asks the graph. */
@Service
class CareerService {

	/** The longest path asked for; the schema's {@code @bounds} on {@code maxSteps} says the same. */
	static final int MAX_STEPS = 8;

	/** Each part of a comparison, and the fields of {@code RoleComparison} that need it. */
	private static final Map<Part, List<String>> COMPARED_PARTS = Map.of(
			Part.SKILLS, List.of("sharedSkills", "onlyInA", "onlyInB", "skillJaccard"),
			Part.TOOLS, List.of("sharedTools", "toolsOnlyInA", "toolsOnlyInB"),
			Part.RESPONSIBILITIES, List.of("sharedResponsibilities", "responsibilitiesOnlyInA", "responsibilitiesOnlyInB"),
			Part.PLATFORMS, List.of("sharedPlatforms", "platformsOnlyInA", "platformsOnlyInB"));

	private final CareerGraph graph;

	private final GraphMapper mapper;

	CareerService(CareerGraph graph, GraphMapper mapper) {
		this.graph = graph;
		this.mapper = mapper;
	}

	/** The comparison in one statement, computing only the parts the client selected. */
	DataFetcherResult<RoleComparison> compareRoles(String a, String b, DataFetchingFieldSelectionSet selection) {
		Set<Part> parts = EnumSet.noneOf(Part.class);
		COMPARED_PARTS.forEach((part, fields) -> {
			if (fields.stream().anyMatch(selection::contains)) {
				parts.add(part);
			}
		});
		Compared compared = this.graph.compareRoles(a, b, parts, RoleLists.selected(selection, "a/", "b/"));
		if (compared.a() == null) {
			throw new NotFoundException("a", "role", a);
		}
		if (compared.b() == null) {
			throw new NotFoundException("b", "role", b);
		}
		if (a.equals(b)) {
			throw new InvalidArgumentException("b", "'a' and 'b' must be two different roles");
		}
		return compared.roles().answer(new RoleComparison(compared.a(), compared.b(),
				compared.split(this.mapper, Part.SKILLS, Skill.class,
						(skill, sides) -> new ComparedSkill(skill, sides.essential(sides.inA()),
								sides.essential(sides.inB()), sides.citations())),
				compared.split(this.mapper, Part.TOOLS, Tool.class, (tool, sides) -> new ComparedTool(tool, sides.citations())),
				compared.split(this.mapper, Part.RESPONSIBILITIES, Responsibility.class,
						(duty, sides) -> new ComparedResponsibility(duty, sides.citations())),
				compared.split(this.mapper, Part.PLATFORMS, Platform.class,
						(platform, sides) -> new ComparedPlatform(platform, sides.citations()))));
	}

	/** The gap in one statement; the roles that hold a missing skill are read only when selected. */
	DataFetcherResult<SkillGap> skillGap(String to, String from, List<String> have,
			DataFetchingFieldSelectionSet selection) {
		if ((from == null) == (have == null)) {
			throw new InvalidArgumentException(from == null ? "from" : "have",
					"give exactly one of 'from' (a role) or 'have' (skill ids)");
		}
		Gap gap = this.graph.skillGap(to, from, have == null ? null : List.copyOf(new LinkedHashSet<>(have)),
				selection.contains("missing/heldBy") || selection.contains("missing/heldByCount"),
				RoleLists.selected(selection, "target/", "from/", "missing/heldBy/"));
		if (gap.target() == null) {
			throw new NotFoundException("to", "role", to);
		}
		if (from != null && gap.from() == null) {
			throw new NotFoundException("from", "role", from);
		}
		if (from != null && from.equals(to)) {
			throw new InvalidArgumentException("from", "'from' and 'to' must be two different roles");
		}
		requireKnownSkills(gap.unknownSkills());
		return gap.roles().answer(gap.answer());
	}

	/** The paths, with both roles checked and the lists selected on their steps' roles, in one statement. */
	DataFetcherResult<List<CareerPath>> careerPaths(String from, String to, Integer maxSteps, Integer first,
			Boolean includeInferred, List<MoveKind> moves, DataFetchingFieldSelectionSet selection) {
		Set<MoveKind> kinds = moves == null ? EnumSet.of(MoveKind.STATED, MoveKind.INFERRED)
				: moves.isEmpty() ? EnumSet.noneOf(MoveKind.class) : EnumSet.copyOf(moves);
		if (!includeInferred) {
			kinds.remove(MoveKind.INFERRED);
		}
		if (kinds.isEmpty()) {
			throw new InvalidArgumentException("moves", "'moves' needs at least one of STATED, INFERRED, SIMILARITY"
					+ " (with includeInferred: false, INFERRED alone is none)");
		}
		Paths found = this.graph.careerPaths(from, to, maxSteps, first, kinds,
				RoleLists.selected(selection, "steps/role/"), PathParts.of(selection, ""));
		requireTwoRoles(from, to, found.fromFound(), found.toFound());
		return found.roles().answer(found.paths());
	}

	/** The ways, the direct move and the roles on the way, with both roles checked, in one statement. */
	DataFetcherResult<CareerRoute> careerRoute(String from, String to, Integer maxSteps, Integer first,
			List<MoveKind> moves, DataFetchingFieldSelectionSet selection) {
		if (moves != null && moves.isEmpty()) {
			throw new InvalidArgumentException("moves", "'moves' needs at least one of STATED, INFERRED, SIMILARITY");
		}
		Route found = this.graph.careerRoute(from, to, maxSteps, first,
				moves == null ? EnumSet.allOf(MoveKind.class) : EnumSet.copyOf(moves),
				RoleLists.selected(selection, "from/", "to/", "paths/steps/role/", "closer/role/"),
				PathParts.of(selection, "paths/"), selection.contains("direct"), selection.contains("closer"));
		requireTwoRoles(from, to, found.fromFound(), found.toFound());
		return found.roles().answer(found.route());
	}

	/** The errors a path question gives when a role is missing or both are the same, in that order. */
	private static void requireTwoRoles(String from, String to, boolean fromFound, boolean toFound) {
		if (!fromFound) {
			throw new NotFoundException("from", "role", from);
		}
		if (!toFound) {
			throw new NotFoundException("to", "role", to);
		}
		if (from.equals(to)) {
			throw new InvalidArgumentException("to", "'from' and 'to' must be two different roles");
		}
	}

	/** The similar roles, with the role checked, in one statement. */
	DataFetcherResult<List<SimilarRole>> similarRoles(String id, Integer first, DataFetchingFieldSelectionSet selection) {
		WithRoles<List<SimilarRole>> similar = this.graph
			.similarRoles(id, first, RoleLists.selected(selection, "role/"),
					selection.containsAnyOf("sharedSkills", "sharedTools", "sharedResponsibilities"),
					selection.contains("sharedRequirements"), selection.contains("moveScore"))
			.orElseThrow(() -> new NotFoundException("id", "role", id));
		return similar.roles().answer(similar.data());
	}

	DataFetcherResult<List<RoleMatch>> matchRoles(List<String> have, Integer first,
			DataFetchingFieldSelectionSet selection) {
		if (have.isEmpty()) {
			throw new InvalidArgumentException("have", "'have' needs at least one skill id");
		}
		Matches found = this.graph.matchRoles(List.copyOf(new LinkedHashSet<>(have)),
				first, RoleLists.selected(selection, "role/"));
		requireKnownSkills(found.unknownSkills());
		return found.roles().answer(found.matches());
	}

	DataFetcherResult<ReportingChain> reportingChain(String id, DataFetchingFieldSelectionSet selection) {
		WithRoles<ReportingChain> chain = this.graph
			.reportingChain(id, selection.contains("above"), selection.contains("below"),
					RoleLists.selected(selection, "role/", "above/role/", "above/via/", "below/role/", "below/via/"))
			.orElseThrow(() -> new NotFoundException("id", "role", id));
		return chain.roles().answer(chain.data());
	}

	/** NOT_FOUND naming {@code have} and every id in it that names no skill, when there is one. */
	private static void requireKnownSkills(List<String> unknown) {
		if (!unknown.isEmpty()) {
			throw new NotFoundException("have", "skill", String.join("', '", unknown));
		}
	}

}
