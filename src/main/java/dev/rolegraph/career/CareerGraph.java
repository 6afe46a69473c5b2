package dev.rolegraph.career;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.rolegraph.career.Answers.CareerPath;
import dev.rolegraph.career.Answers.CareerRoute;
import dev.rolegraph.career.Answers.CareerStep;
import dev.rolegraph.career.Answers.ChainLink;
import dev.rolegraph.career.Answers.CloserRole;
import dev.rolegraph.career.Answers.CoveredSkill;
import dev.rolegraph.career.Answers.DirectMove;
import dev.rolegraph.career.Answers.MissingSkill;
import dev.rolegraph.career.Answers.Move;
import dev.rolegraph.career.Answers.MoveKind;
import dev.rolegraph.career.Answers.ReportingChain;
import dev.rolegraph.career.Answers.RoleMatch;
import dev.rolegraph.career.Answers.SimilarRole;
import dev.rolegraph.career.Answers.SkillGap;
import dev.rolegraph.career.Answers.SharedRequirement;
import dev.rolegraph.career.Answers.SkillNeed;
import dev.rolegraph.career.Answers.Split;
import dev.rolegraph.career.Answers.StepWay;
import dev.rolegraph.career.Answers.Via;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.database.GraphReads;
import dev.rolegraph.database.SimilarMoves;
import dev.rolegraph.role.Role;
import dev.rolegraph.role.RoleLists;
import dev.rolegraph.skill.Skill;
import dev.rolegraph.vocabulary.Relation;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import org.springframework.stereotype.Component;

import static java.util.stream.Collectors.joining;

/**
 * The career questions as Cypher, one named query each, run in read transactions. The graph work (set
 * operations, path search, ranking) happens in the database; Java only shapes the rows.
 */
@Component
class CareerGraph {

	/**
	 * Two roles with the lists the client selected on them and, for each kind of thing whose flag parameter is
	 * true, what they have on one side, the other, or both, with both sides' relationships. One row, also when a role
	 * is missing (then it is null).
	 */
	static final String COMPARE_ROLES = """
			OPTIONAL MATCH (a:Role {id: $a})
			OPTIONAL MATCH (b:Role {id: $b})
			WITH a, b, a IS NOT NULL AND b IS NOT NULL AS both
			RETURN a, b, %s AS aLists, %s AS bLists,
			  """.formatted(RoleLists.of("a"), RoleLists.of("b"))
			+ Arrays.stream(Part.values()).map(Part::cypher).collect(joining(",\n  "));

	/**
	 * The parts of a comparison: the column and flag parameter of {@link #COMPARE_ROLES}, and the relationship from a
	 * role to the label of what is compared.
	 */
	enum Part {

		SKILLS("skills", Relation.REQUIRES), TOOLS("tools", Relation.USES),
		RESPONSIBILITIES("responsibilities", Relation.HAS_RESPONSIBILITY), PLATFORMS("platforms", Relation.WORKS_ON);

		final String column;

		private final Relation relation;

		Part(String column, Relation relation) {
			this.column = column;
			this.relation = relation;
		}

		/**
		 * What both roles have of this part, each item with the relationship of each side (null where it lacks it).
		 * It expands from the two roles already found: {@code WHERE r IN [a, b]} made the planner test every role
		 * (PROFILE on the x1 graph: 4,717 database hits against 1,716, the same answer; BENCHMARKS.md, "Issue 24").
		 */
		private String cypher() {
			return """
					CASE WHEN $%1$s AND both THEN COLLECT { UNWIND [a, b] AS r MATCH (r)-[e:%2$s]->(t:%3$s)
					    WITH t, collect(CASE WHEN r = a THEN e END) AS inA, collect(CASE WHEN r = b THEN e END) AS inB
					    ORDER BY t.nameEn RETURN {target: t, edgeA: inA[0], edgeB: inB[0]} } END AS %1$s"""
				.formatted(this.column, this.relation.name(), this.relation.to.text);
		}

	}

	/**
	 * In one row: the target role, the role held today (each with the lists the client selected on it), the given
	 * skill ids that name no skill, and (when all of
	 * them exist) the skills of the target, each marked held or not, with, when {@code $heldBy} asks for them, up to
	 * {@code $heldByLimit} of the other roles that have it and how many there are: a common skill can be required
	 * by thousands of roles.
	 */
	static final String SKILL_GAP = """
			OPTIONAL MATCH (target:Role {id: $to})
			OPTIONAL MATCH (start:Role {id: $from})
			WITH target, start, [id IN $have WHERE NOT EXISTS { MATCH (:Skill {id: id}) }] AS unknownSkills
			RETURN target, start, unknownSkills, %s AS targetLists, %s AS startLists,
			  CASE WHEN target IS NOT NULL AND ($from IS NULL OR start IS NOT NULL) AND size(unknownSkills) = 0
			  THEN COLLECT {
			    MATCH (target)-[req:REQUIRES]->(s:Skill)
			    WITH s, req, s.id IN $have OR (start IS NOT NULL AND EXISTS { MATCH (start)-[:REQUIRES]->(s) }) AS held
			    ORDER BY req.essential DESC, s.nameEn
			    RETURN {skill: s, edge: req, held: held,
			      heldBy: CASE WHEN held OR NOT $heldBy THEN [] ELSE COLLECT {
			        MATCH (s)<-[:REQUIRES]-(other:Role) WHERE other <> target
			        WITH other ORDER BY other.nameEn LIMIT $heldByLimit
			        RETURN {role: other, lists: %s} } END,
			      heldByCount: CASE WHEN held OR NOT $heldBy THEN 0
			        ELSE COUNT { (s)<-[:REQUIRES]-(other:Role) WHERE other <> target } END}
			  } END AS gap""".formatted(RoleLists.of("target"), RoleLists.of("start"), RoleLists.of("other"));

	static final int HELD_BY_LIMIT = 10;

	/**
	 * Paths from role {@code $from} to role {@code $to} of at most {@code maxSteps} moves without repeated roles, over
	 * the kinds of moves asked for: stated and inferred career steps and upward reporting lines, and similarity moves
	 * between job roles (either direction). Paths that visit the same roles in the same order are one path, whose
	 * steps list every way each move is known. Ranked by the skills to learn (every skill the roles on the path
	 * require beyond the start's), then by the moves no article states, then by length, then by role names.
	 * <p>
	 * Exact, by branch and bound instead of listing every path: the skills to learn only grow along a path, and every
	 * path ends with the target's gap, so a partial path already costs at least the target's gap plus the new skills
	 * of the roles it went through. {@link #PATH_PROBE} gives a bound (what some {@code $first} real paths cost, so
	 * the {@code $first} best cost no more), and the search drops a partial path, as it expands it ({@code allReduce}
	 * carries the skills met so far), as soon as it costs more: a dropped path could never be among the first
	 * {@code $first}. Per path, the output is the target's own gap (as skillGap counts it), what the roles in between
	 * add beyond the start and the target, and per step the skills it adds and its ways, each with its evidence (for
	 * a similarity move: the score and the shared skills with both roles' cited requirements). Needs Cypher 25
	 * ({@code allReduce}, {@code SHORTEST} with a pre-filter).
	 */
	private static final String CAREER_PATHS_WITHIN = """
			CYPHER 25
			OPTIONAL MATCH (source:Role {id: $from})
			OPTIONAL MATCH (target:Role {id: $to})
			// The start's skills and the target's gap, read once for the paths and careerRoute's columns.
			WITH source, target, COLLECT { MATCH (source)-[:REQUIRES]->(s) RETURN s } AS start
			WITH source, target, start, COLLECT { MATCH (target)-[:REQUIRES]->(s) WHERE NOT s IN start RETURN s } AS gap
			CALL (source, target, start, gap) {
			  WITH source, target, start, gap WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
			  %1$s
			  MATCH p = (source) %2$s (target)
			  WHERE allReduce(walk = {roles: [source], extra: gap, revisits: false}, x IN n |
			                  {roles: walk.roles + x, revisits: x IN walk.roles,
			                   extra: CASE WHEN x = target THEN walk.extra ELSE walk.extra
			                     + [(x)-[:REQUIRES]->(s) WHERE NOT s IN start AND NOT s IN walk.extra | s] END},
			                  NOT walk.revisits AND size(walk.roles) <= $maxSteps + 1 AND size(walk.extra) <= bound)
			  // One path per sequence of roles; a step counts as not stated unless one of its allowed ways is stated.
			  WITH start, gap, nodes(p) AS ns,
			    min(size([r IN relationships(p) WHERE type(r) = 'SIMILAR_TO' OR coalesce(r.inferred, false)])) AS notStated
			  WITH start, gap, ns, notStated,
			    COUNT { UNWIND ns[1..] AS x MATCH (x)-[:REQUIRES]->(s) WHERE NOT s IN start RETURN DISTINCT s } AS newSkills
			  ORDER BY newSkills, notStated, size(ns), [x IN ns | x.nameEn]
			  LIMIT $first
			  CALL (ns, start) {
			    UNWIND range(1, size(ns) - 1) AS i
			    WITH i, ns[i - 1] AS previous, ns[i] AS role,
			      start + COLLECT { UNWIND ns[1..i] AS b MATCH (b)-[:REQUIRES]->(s) RETURN s } AS known
			    RETURN collect({i: i, role: role, previousRank: previous.seniorityRank,
			      ways: CASE WHEN NOT $ways THEN [] ELSE COLLECT {
			        MATCH (previous)-[edge:PROGRESSES_TO|REPORTS_TO|SIMILAR_TO|SAME_AS]-(role) WHERE %3$s
			        RETURN {edge: edge, via: type(edge),
			          shared: CASE WHEN $shared AND type(edge) = 'SIMILAR_TO' THEN COLLECT {
			            MATCH (previous)-[fromRequires:REQUIRES]->(s:Skill)<-[toRequires:REQUIRES]-(role)
			            RETURN {skill: s, from: fromRequires, to: toRequires} ORDER BY s.nameEn } ELSE [] END}
			        ORDER BY CASE type(edge) WHEN 'PROGRESSES_TO' THEN 0 WHEN 'REPORTS_TO' THEN 1 ELSE 2 END,
			          coalesce(edge.inferred, false)
			      } END,
			      learn: CASE WHEN NOT $learn THEN [] ELSE
			        COLLECT { MATCH (role)-[:REQUIRES]->(s) WHERE NOT s IN known RETURN s ORDER BY s.nameEn } END,
			      lists: %4$s}) AS steps
			  }
			  RETURN collect({steps: steps, newSkills: newSkills, targetGap: size(gap), notStated: notStated,
			    length: size(ns) - 1}) AS paths
			}
			RETURN source IS NOT NULL AS fromFound, target IS NOT NULL AS toFound, paths%5$s""";

	/**
	 * What careerRoute adds to the paths: both roles with their selected lists; when {@code $direct}, the skills of
	 * the target the start does not require, essential first; when {@code $closer}, up to 5 roles on the way. The
	 * candidates are the target's similarity moves and the 10 roles that require most of the direct move's skills (so
	 * a common skill required by thousands of occupations costs one count, not thousands of rows); a candidate
	 * counts when it requires one of those skills, ranked by all a way through it takes, then by the part before it.
	 */
	private static final String ROUTE_COLUMNS = """
			,
			  source, target, %1$s AS fromLists, %2$s AS toLists,
			  CASE WHEN source IS NULL OR target IS NULL OR NOT $direct THEN [] ELSE COLLECT {
			    MATCH (target)-[req:REQUIRES]->(s) WHERE NOT EXISTS { (source)-[:REQUIRES]->(s) }
			    WITH s, coalesce(req.essential, true) AS essential ORDER BY essential DESC, s.nameEn
			    RETURN {skill: s, essential: essential} } END AS direct,
			  CASE WHEN source IS NULL OR target IS NULL OR NOT $closer THEN [] ELSE COLLECT {
			    CALL (gap, target) {
			      MATCH (target)-[:SIMILAR_TO]-(r:Role) RETURN r
			      UNION
			      UNWIND gap AS s MATCH (s)<-[:REQUIRES]-(r:Role) WHERE r <> target
			      WITH r, count(*) AS shares ORDER BY shares DESC, r.id LIMIT 10 RETURN r
			    }
			    WITH r WHERE r <> source AND r <> target AND r.kind = 'ROLE'
			    WITH r, size(gap) AS direct, COUNT { MATCH (r)-[:REQUIRES]->(s) WHERE NOT s IN start } AS toReach,
			      size([s IN gap WHERE EXISTS { (r)-[:REQUIRES]->(s) }]) AS shares
			    WHERE shares > 0
			    ORDER BY toReach + direct - shares, toReach, r.nameEn
			    LIMIT 5
			    RETURN {role: r, lists: %3$s, toReach: toReach, left: direct - shares, shares: shares,
			      score: head(COLLECT { MATCH (r)-[m:SIMILAR_TO]-(target) RETURN m.score })}
			  } END AS closer""".formatted(RoleLists.of("source"), RoleLists.of("target"), RoleLists.of("r"));

	/**
	 * The first bound: the most skills to learn among the {@code $first} paths with the fewest moves, found by
	 * Neo4j's shortest-path search with the no-repeated-roles rule applied during the search (inside the
	 * parenthesised pattern), so that fewer than {@code $first} means there are no more. No path at all: -1, and the
	 * levels find nothing.
	 */
	private static final String PATH_PROBE = """
			WITH source, target, start, gap, COLLECT {
			    MATCH SHORTEST $first (p = (source) %1$s{1,%2$d} (target)
			      WHERE allReduce(walk = {roles: [source], revisits: false}, x IN n |
			                      {roles: walk.roles + x, revisits: x IN walk.roles},
			                      NOT walk.revisits AND size(walk.roles) <= $maxSteps + 1))
			    RETURN size(gap) + COUNT { UNWIND nodes(p)[1..-1] AS x MATCH (x)-[:REQUIRES]->(s)
			                               WHERE NOT s IN start AND NOT s IN gap RETURN DISTINCT s } AS cost
			  } AS probe
			  WITH source, target, start, gap, CASE WHEN size(probe) = 0 THEN -1
			    ELSE reduce(most = 0, cost IN probe | CASE WHEN cost > most THEN cost ELSE most END) END AS bound""";

	/** A move that may be a career step, a reporting line or a similarity move, as a quantified path pattern. */
	private static final String MOVE = "((a)-[step:PROGRESSES_TO|REPORTS_TO|SIMILAR_TO|SAME_AS]-(n) WHERE %s)"
		.formatted(allowedMove("step", "a"));

	/** Whether career step or reporting line {@code edge} is of a kind asked for: stated, inferred. */
	private static String statedOrInferred(String edge) {
		return "CASE WHEN coalesce(%1$s.inferred, false) THEN $inferred ELSE $stated END".formatted(edge);
	}

	/**
	 * Whether {@code edge}, met at role {@code from}, is a move of the kinds asked for: a similarity move (either
	 * way), or a career step or reporting line leaving {@code from}; or, whatever was asked for, a SAME_AS link a
	 * curator has stated (not an import's proposal), either way: the same occupation in the other half of the graph
	 * (an article role and a taxonomy's occupation). The one rule for the search and its ways.
	 */
	private static String allowedMove(String edge, String from) {
		return ("CASE type(%1$s) WHEN 'SIMILAR_TO' THEN $similarity WHEN 'SAME_AS' THEN NOT coalesce(%1$s.inferred, false) "
				+ "ELSE startNode(%1$s) = %2$s AND %3$s END").formatted(edge, from, statedOrInferred(edge));
	}

	/**
	 * {@link #CAREER_PATHS_WITHIN} with {@link #ROUTE_COLUMNS}: one statement for every step bound ({@code $maxSteps}
	 * is checked inside {@code allReduce}, as a quantifier takes no parameter) and for both careerPaths and
	 * careerRoute (careerPaths runs it with {@code $direct} and {@code $closer} false), so that it is planned once:
	 * planning it takes seconds.
	 */
	static final String CAREER_PATHS = CAREER_PATHS_WITHIN.formatted(
			PATH_PROBE.formatted(MOVE, CareerService.MAX_STEPS), MOVE + "{1,%d}".formatted(CareerService.MAX_STEPS),
			allowedMove("edge", "previous"), RoleLists.OF_ROLE, ROUTE_COLUMNS);

	/**
	 * Whether the role exists and, if so, the other roles by a weighted Jaccard overlap of skills, tools and
	 * responsibilities. Only roles that share at least one of them can score above zero, so the candidates and what
	 * they share are found in one pass from the role's own skills, tools and responsibilities instead of by
	 * scanning every role; the totals are relationship counts (REQUIRES, USES and HAS_RESPONSIBILITY only ever lead
	 * from a role to a skill, a tool and a responsibility, so the pattern checks no label: 15 % less work). Per
	 * candidate only counts are kept; what is shared is listed for the first {@code $first} only (on an imported
	 * taxonomy a role has hundreds of candidates), and only when the client selected it ({@code $shared},
	 * {@code $requirements}, {@code $move}).
	 */
	static final String SIMILAR_ROLES = """
			OPTIONAL MATCH (r:Role {id: $id})
			WITH r, COUNT { (r)-[:REQUIRES]->() } AS rSkills, COUNT { (r)-[:USES]->() } AS rTools,
			  COUNT { (r)-[:HAS_RESPONSIBILITY]->() } AS rDuties
			RETURN r IS NOT NULL AS found, CASE WHEN r IS NULL THEN [] ELSE COLLECT {
			  CALL (r) {
			    MATCH (r)-[:REQUIRES]->()<-[:REQUIRES]-(o) RETURN o, count(*) AS skills, 0 AS tools, 0 AS duties
			    UNION ALL
			    MATCH (r)-[:USES]->()<-[:USES]-(o) RETURN o, 0 AS skills, count(*) AS tools, 0 AS duties
			    UNION ALL
			    MATCH (r)-[:HAS_RESPONSIBILITY]->()<-[:HAS_RESPONSIBILITY]-(o) RETURN o, 0 AS skills, 0 AS tools,
			      count(*) AS duties
			  }
			  WITH o, sum(skills) AS skills, sum(tools) AS tools, sum(duties) AS duties
			  WHERE o <> r
			  // A total is read only where something is shared: otherwise the overlap is 0 whatever it is.
			  WITH o, skills, tools, duties,
			    CASE WHEN skills = 0 THEN 0.0
			      ELSE toFloat(skills) / (rSkills + COUNT { (o)-[:REQUIRES]->() } - skills) END AS skillOverlap,
			    CASE WHEN tools = 0 THEN 0.0
			      ELSE toFloat(tools) / (rTools + COUNT { (o)-[:USES]->() } - tools) END AS toolOverlap,
			    CASE WHEN duties = 0 THEN 0.0
			      ELSE toFloat(duties) / (rDuties + COUNT { (o)-[:HAS_RESPONSIBILITY]->() } - duties) END AS dutyOverlap
			  WITH o, skillOverlap, toolOverlap, dutyOverlap,
			    $skillWeight * skillOverlap + $toolWeight * toolOverlap + $dutyWeight * dutyOverlap AS score
			  WHERE score > 0
			  ORDER BY score DESC, o.nameEn
			  LIMIT $first
			  RETURN {role: o, lists: %s, score: score, skillOverlap: skillOverlap, toolOverlap: toolOverlap, dutyOverlap: dutyOverlap,
			          skills: CASE WHEN $shared THEN
			            COLLECT { MATCH (r)-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(o) RETURN s ORDER BY s.nameEn } ELSE [] END,
			          tools: CASE WHEN $shared THEN
			            COLLECT { MATCH (r)-[:USES]->(t:Tool)<-[:USES]-(o) RETURN t ORDER BY t.nameEn } ELSE [] END,
			          duties: CASE WHEN $shared THEN COLLECT {
			            MATCH (r)-[:HAS_RESPONSIBILITY]->(d:Responsibility)<-[:HAS_RESPONSIBILITY]-(o) RETURN d ORDER BY d.nameEn
			          } ELSE [] END,
			          requirements: CASE WHEN $requirements THEN COLLECT {
			            MATCH (r)-[x:REQUIRES]->(s:Skill)<-[y:REQUIRES]-(o) RETURN {skill: s, from: x, to: y} ORDER BY s.nameEn
			          } ELSE [] END,
			          move: CASE WHEN $move THEN COLLECT { MATCH (r)-[m:SIMILAR_TO]-(o) RETURN m.score } ELSE [] END}
			} END AS similar""".formatted(RoleLists.of("o"));

	/**
	 * Roles by the share of their essential, then optional, skills that the given set covers. Only roles that
	 * require one of the given skills are candidates, so the work follows the skills asked about.
	 */
	static final String MATCH_ROLES = """
			WITH [id IN $have WHERE NOT EXISTS { MATCH (:Skill {id: id}) }] AS unknownSkills
			RETURN unknownSkills, CASE WHEN size(unknownSkills) > 0 THEN [] ELSE COLLECT {
			  MATCH (held:Skill)<-[:REQUIRES]-(r:Role) WHERE held.id IN $have
			  WITH DISTINCT r
			  MATCH (r)-[req:REQUIRES]->(s:Skill)
			  WITH r, collect({skill: s, essential: coalesce(req.essential, true), held: s.id IN $have}) AS needs
			  WITH r, needs, [n IN needs WHERE n.essential] AS essential, [n IN needs WHERE NOT n.essential] AS optional
			  WITH r, needs,
			    CASE size(essential) WHEN 0 THEN 1.0 ELSE toFloat(size([n IN essential WHERE n.held])) / size(essential) END AS essentialCoverage,
			    CASE size(optional) WHEN 0 THEN 1.0 ELSE toFloat(size([n IN optional WHERE n.held])) / size(optional) END AS optionalCoverage
			  ORDER BY essentialCoverage DESC, optionalCoverage DESC, size(needs) DESC, r.nameEn
			  LIMIT $first
			  RETURN {role: r, lists: %s, essentialCoverage: essentialCoverage, optionalCoverage: optionalCoverage,
			    covered: [n IN needs WHERE n.held | n.skill], missing: [n IN needs WHERE NOT n.held]}
			} END AS matches""".formatted(RoleLists.of("r"));

	/**
	 * The role (null when missing) and, when {@code $above} and {@code $below} ask for them, everyone above it and
	 * below it along REPORTS_TO, nearest first, each once at its shortest distance; every role with the lists the
	 * client selected on it.
	 */
	static final String REPORTING_CHAIN = """
			OPTIONAL MATCH (center:Role {id: $id})
			RETURN center, %1$s AS centerLists,
			  CASE WHEN $above THEN COLLECT {
			    MATCH p = (center)-[:REPORTS_TO]->{1,10}(other:Role)
			    WITH other, p ORDER BY length(p)
			    WITH other, head(collect(p)) AS p
			    ORDER BY length(p), other.nameEn
			    RETURN {role: other, lists: %2$s, depth: length(p), via: nodes(p)[-2], viaLists: %3$s,
			            edge: last(relationships(p))}
			  } ELSE [] END AS above,
			  CASE WHEN $below THEN COLLECT {
			    MATCH p = (center)<-[:REPORTS_TO]-{1,10}(other:Role)
			    WITH other, p ORDER BY length(p)
			    WITH other, head(collect(p)) AS p
			    ORDER BY length(p), other.nameEn
			    RETURN {role: other, lists: %2$s, depth: length(p), via: nodes(p)[-2], viaLists: %3$s,
			            edge: last(relationships(p))}
			  } ELSE [] END AS below""".formatted(RoleLists.of("center"), RoleLists.of("other"), RoleLists.of("nodes(p)[-2]"));

	static final double SKILL_WEIGHT = 0.6;

	static final double TOOL_WEIGHT = 0.2;

	static final double RESPONSIBILITY_WEIGHT = 0.2;

	private final GraphReads reads;

	private final GraphMapper mapper;

	CareerGraph(GraphReads reads, GraphMapper mapper) {
		this.reads = reads;
		this.mapper = mapper;
	}

	/** The relationship of each role to a compared item; a null value where the role lacks it. */
	record Sides(Value inA, Value inB) {

		List<dev.rolegraph.evidence.Citation> citations() {
			var all = new ArrayList<>(GraphMapper.citations(this.inA));
			all.addAll(GraphMapper.citations(this.inB));
			return all;
		}

		Boolean essential(Value edge) {
			return edge.isNull() ? null : GraphMapper.essential(edge);
		}

	}

	/** Two roles (null where missing) and the parts of their comparison that were asked for. */
	record Compared(Role a, Role b, org.neo4j.driver.Record row, RoleLists.Reader roles) {

		/** Column {@code part} split into shared, only in a and only in b; empty when it was not asked for. */
		<T, C> Split<C> split(GraphMapper mapper, Part part, Class<T> targetType, BiFunction<T, Sides, C> item) {
			List<C> shared = new ArrayList<>();
			List<C> onlyA = new ArrayList<>();
			List<C> onlyB = new ArrayList<>();
			if (!this.row.get(part.column).isNull()) {
				for (Value entry : this.row.get(part.column).values()) {
					Sides sides = new Sides(entry.get("edgeA"), entry.get("edgeB"));
					C compared = item.apply(mapper.node(entry.get("target"), targetType), sides);
					(sides.inA().isNull() ? onlyB : sides.inB().isNull() ? onlyA : shared).add(compared);
				}
			}
			return new Split<>(shared, onlyA, onlyB);
		}

	}

	/** Roles {@code a} and {@code b} and the {@code parts} asked for. */
	Compared compareRoles(String a, String b, Set<Part> parts, RoleLists.Selected lists) {
		Map<String, Object> params = lists.parameters(Map.of());
		params.put("a", a);
		params.put("b", b);
		for (Part part : Part.values()) {
			params.put(part.column, parts.contains(part));
		}
		return this.reads.one(COMPARE_ROLES, params, row -> {
			RoleLists.Reader roles = lists.reader(this.mapper);
			return new Compared(roles.role(row.get("a"), row.get("aLists")),
					roles.role(row.get("b"), row.get("bLists")), row, roles);
		})
			.orElseThrow();
	}

	/** What the one statement found: the roles (null where missing), unknown skill ids, and the gap. */
	record Gap(Role target, Role from, List<String> unknownSkills, SkillGap answer, RoleLists.Reader roles) {
	}

	/**
	 * The missing and the covered skills of role {@code to}, for a role {@code from} or a set of skills
	 * {@code have}; the roles that hold a missing skill only when {@code heldBy}.
	 */
	Gap skillGap(String to, String from, List<String> have, boolean heldBy, RoleLists.Selected lists) {
		Map<String, Object> params = lists.parameters(Map.of());
		params.put("to", to);
		params.put("from", from);
		params.put("have", have == null ? List.of() : have);
		params.put("heldBy", heldBy);
		params.put("heldByLimit", HELD_BY_LIMIT);
		return this.reads.one(SKILL_GAP, params, row -> {
			RoleLists.Reader roles = lists.reader(this.mapper);
			Role target = roles.role(row.get("target"), row.get("targetLists"));
			Role start = roles.role(row.get("start"), row.get("startLists"));
			List<MissingSkill> missing = new ArrayList<>();
			List<CoveredSkill> covered = new ArrayList<>();
			if (!row.get("gap").isNull()) {
				for (Value entry : row.get("gap").values()) {
					Skill skill = this.mapper.node(entry.get("skill"), Skill.class);
					Value edge = entry.get("edge");
					boolean essential = GraphMapper.essential(edge);
					if (entry.get("held").asBoolean()) {
						covered.add(new CoveredSkill(skill, essential, GraphMapper.citations(edge)));
					}
					else {
						missing.add(new MissingSkill(skill, essential,
								entry.get("heldBy").asList(held -> roles.role(held.get("role"), held.get("lists"))),
								entry.get("heldByCount").asInt(), GraphMapper.citations(edge)));
					}
				}
			}
			return new Gap(target, start, row.get("unknownSkills").asList(Value::asString),
					new SkillGap(target, start, missing, covered), roles);
		}).orElseThrow();
	}

	/** Whether each role exists, and the paths between them when both do. */
	record Paths(boolean fromFound, boolean toFound, List<CareerPath> paths, RoleLists.Reader roles) {
	}

	Paths careerPaths(String from, String to, int maxSteps, int first, Set<MoveKind> moves,
			RoleLists.Selected roleLists, PathParts parts) {
		Map<String, Object> parameters = roleLists
			.parameters(pathParameters(from, to, maxSteps, first, moves, parts, false, false));
		return this.reads.one(CAREER_PATHS, parameters, row -> {
			RoleLists.Reader roles = roleLists.reader(this.mapper);
			return new Paths(row.get("fromFound").asBoolean(), row.get("toFound").asBoolean(), paths(row, roles),
					roles);
		})
			.orElseThrow();
	}

	/** Whether each role exists, and the route between them when both do. */
	record Route(boolean fromFound, boolean toFound, CareerRoute route, RoleLists.Reader roles) {
	}

	Route careerRoute(String from, String to, int maxSteps, int first, Set<MoveKind> moves,
			RoleLists.Selected roleLists, PathParts parts, boolean direct, boolean closer) {
		Map<String, Object> parameters = roleLists
			.parameters(pathParameters(from, to, maxSteps, first, moves, parts, direct, closer));
		return this.reads.one(CAREER_PATHS, parameters, row -> {
			RoleLists.Reader roles = roleLists.reader(this.mapper);
			boolean fromFound = row.get("fromFound").asBoolean();
			boolean toFound = row.get("toFound").asBoolean();
			if (!fromFound || !toFound) {
				return new Route(fromFound, toFound, null, roles);
			}
			List<SkillNeed> skills = row.get("direct")
				.asList(need -> new SkillNeed(this.mapper.node(need.get("skill"), Skill.class),
						need.get("essential").asBoolean()));
			List<CloserRole> nearer = row.get("closer")
				.asList(entry -> new CloserRole(roles.role(entry.get("role"), entry.get("lists")),
						entry.get("toReach").asInt(), entry.get("left").asInt(), entry.get("shares").asInt(),
						entry.get("score").isNull() ? null : entry.get("score").asDouble()));
			return new Route(true, true, new CareerRoute(roles.role(row.get("source"), row.get("fromLists")),
					roles.role(row.get("target"), row.get("toLists")), paths(row, roles), new DirectMove(skills),
					nearer), roles);
		})
			.orElseThrow();
	}

	/** The parameters of {@link #CAREER_PATHS}; {@code direct} and {@code closer} ask for careerRoute's columns. */
	private static Map<String, Object> pathParameters(String from, String to, int maxSteps, int first,
			Set<MoveKind> moves, PathParts parts, boolean direct, boolean closer) {
		Map<String, Object> parameters = new java.util.HashMap<>(Map.of("from", from, "to", to, "maxSteps", maxSteps,
				"first", first, "stated", moves.contains(MoveKind.STATED), "inferred", moves.contains(MoveKind.INFERRED),
				"similarity", moves.contains(MoveKind.SIMILARITY)));
		parameters.putAll(Map.of("ways", parts.ways(), "shared", parts.shared(), "learn", parts.learn(), "direct", direct,
				"closer", closer));
		return parameters;
	}

	/**
	 * What of a path's steps the client selected, so that the statement reads only that: each step's ways (for
	 * {@code via}, {@code inferred}, {@code citations}, {@code move} and {@code ways}), a similarity move's shared
	 * requirements (its evidence), and the skills a step adds.
	 */
	record PathParts(boolean ways, boolean shared, boolean learn) {

		static final PathParts ALL = new PathParts(true, true, true);

		/** From the selection, {@code prefix} leading to the paths ("" for careerPaths, "paths/" for careerRoute). */
		static PathParts of(graphql.schema.DataFetchingFieldSelectionSet selection, String prefix) {
			String steps = prefix + "steps/";
			return new PathParts(
					selection.containsAnyOf(steps + "via", steps + "inferred", steps + "citations", steps + "move",
							steps + "ways"),
					selection.containsAnyOf(steps + "citations", steps + "ways/sharedSkills", steps + "ways/citations"),
					selection.contains(steps + "learn"));
		}

	}

	private List<CareerPath> paths(org.neo4j.driver.Record row, RoleLists.Reader roles) {
		return row.get("paths").asList(path -> {
			List<Value> steps = new ArrayList<>(path.get("steps").asList(Values.ofValue()));
			steps.sort(Comparator.comparingInt(step -> step.get("i").asInt()));
			return new CareerPath(steps.stream().map(step -> step(step, roles)).toList(), path.get("newSkills").asInt(),
					path.get("length").asInt(), path.get("targetGap").asInt(), path.get("notStated").asInt());
		});
	}

	/** One step; its role, read with the selected lists, is kept by {@code roles}. */
	private CareerStep step(Value step, RoleLists.Reader roles) {
		Role role = roles.role(step.get("role"), step.get("lists"));
		List<StepWay> ways = step.get("ways").asList(this::way);
		// No ways when the client selected nothing that needs them (PathParts).
		StepWay best = ways.isEmpty() ? null : ways.getFirst();
		Value previous = step.get("previousRank");
		Move move;
		if (!previous.isNull() && role.seniorityRank() != null) {
			int delta = Integer.compare(role.seniorityRank(), previous.asInt());
			move = delta > 0 ? Move.ADVANCEMENT : delta == 0 ? Move.LATERAL : Move.STEP_DOWN;
		}
		else {
			// The role one reports to is senior by definition; otherwise the articles do not say.
			move = ways.stream().anyMatch(way -> way.via() == Via.REPORTING_LINE) ? Move.ADVANCEMENT : Move.UNKNOWN;
		}
		return new CareerStep(role, move, best == null ? null : best.via(), this.mapper.nodes(step.get("learn"), Skill.class),
				best != null && best.inferred(), best == null ? List.of() : best.citations(), ways);
	}

	/** Skills two roles both require, each with both roles' cited requirement ({@code {skill, from, to}} maps). */
	private List<SharedRequirement> sharedRequirements(Value entries) {
		return entries.asList(entry -> new SharedRequirement(this.mapper.node(entry.get("skill"), Skill.class),
				GraphMapper.citations(entry.get("from")), GraphMapper.citations(entry.get("to"))));
	}

	private StepWay way(Value way) {
		Value edge = way.get("edge");
		String type = way.get("via").asString();
		if (SimilarMoves.TYPE.equals(type)) {
			// No article states a similarity move: its evidence is the cited requirements both roles share.
			List<SharedRequirement> shared = sharedRequirements(way.get("shared"));
			List<Citation> citations = shared.stream()
				.flatMap(requirement -> Stream.concat(requirement.fromCitations().stream(),
						requirement.toCitations().stream()))
				.distinct()
				.toList();
			return new StepWay(Via.SIMILARITY, true, citations, edge.get("score").asDouble(), shared);
		}
		Via via = Relation.REPORTS_TO.name().equals(type) ? Via.REPORTING_LINE
				: Relation.SAME_AS.name().equals(type) ? Via.SAME_OCCUPATION : Via.CAREER_STEP;
		return new StepWay(via, GraphMapper.inferred(edge), GraphMapper.citations(edge), null, List.of());
	}

	/** An answer, and the roles in it read with their selected lists. */
	record WithRoles<T>(T data, RoleLists.Reader roles) {
	}

	/**
	 * The roles most like {@code id}; empty when there is no such role. The shared requirements with their
	 * citations and the similarity move's score are read only when {@code requirements} and {@code move} ask.
	 */
	Optional<WithRoles<List<SimilarRole>>> similarRoles(String id, int first, RoleLists.Selected lists,
			boolean shared, boolean requirements, boolean move) {
		Map<String, Object> params = lists.parameters(Map.of("id", id, "first", first, "skillWeight", SKILL_WEIGHT,
				"toolWeight", TOOL_WEIGHT, "dutyWeight", RESPONSIBILITY_WEIGHT, "shared", shared, "requirements",
				requirements, "move", move));
		RoleLists.Reader roles = lists.reader(this.mapper);
		return this.reads.one(SIMILAR_ROLES, params, row -> !row.get("found").asBoolean() ? null : row.get("similar")
				.asList(similar -> new SimilarRole(roles.role(similar.get("role"), similar.get("lists")),
						similar.get("score").asDouble(), similar.get("skillOverlap").asDouble(),
						similar.get("toolOverlap").asDouble(), similar.get("dutyOverlap").asDouble(),
						this.mapper.nodes(similar.get("skills"), Skill.class),
						this.mapper.nodes(similar.get("tools"), Tool.class),
						this.mapper.nodes(similar.get("duties"), Responsibility.class),
						sharedRequirements(similar.get("requirements")),
						similar.get("move").isEmpty() ? null : similar.get("move").get(0).asDouble())))
			.map(similar -> new WithRoles<>(similar, roles));
	}

	/** The ids in {@code have} that name no skill, and (when there are none) the best matching roles. */
	record Matches(List<String> unknownSkills, List<RoleMatch> matches, RoleLists.Reader roles) {
	}

	Matches matchRoles(List<String> have, int first, RoleLists.Selected lists) {
		Map<String, Object> params = lists.parameters(Map.of("have", have, "first", first));
		RoleLists.Reader roles = lists.reader(this.mapper);
		return this.reads.one(MATCH_ROLES, params, row -> new Matches(row.get("unknownSkills").asList(Value::asString),
					row.get("matches").asList(match -> new RoleMatch(roles.role(match.get("role"), match.get("lists")),
							match.get("essentialCoverage").asDouble(), match.get("optionalCoverage").asDouble(),
							this.mapper.nodes(match.get("covered"), Skill.class),
							match.get("missing")
								.asList(need -> new SkillNeed(this.mapper.node(need.get("skill"), Skill.class),
										need.get("essential").asBoolean())))), roles))
			.orElseThrow();
	}

	/** The chain; empty when there is no role {@code id}. */
	Optional<WithRoles<ReportingChain>> reportingChain(String id, boolean above, boolean below,
			RoleLists.Selected lists) {
		Map<String, Object> params = lists.parameters(Map.of("id", id, "above", above, "below", below));
		RoleLists.Reader roles = lists.reader(this.mapper);
		return this.reads.one(REPORTING_CHAIN, params, row -> row.get("center").isNull() ? null
					: new ReportingChain(roles.role(row.get("center"), row.get("centerLists")),
							row.get("above").asList(link -> link(link, roles)),
							row.get("below").asList(link -> link(link, roles))))
			.map(chain -> new WithRoles<>(chain, roles));
	}

	private ChainLink link(Value link, RoleLists.Reader roles) {
		return new ChainLink(roles.role(link.get("role"), link.get("lists")), link.get("depth").asInt(),
				roles.role(link.get("via"), link.get("viaLists")), GraphMapper.inferred(link.get("edge")),
				GraphMapper.citations(link.get("edge")));
	}

}
