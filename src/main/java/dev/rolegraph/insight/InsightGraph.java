package dev.rolegraph.insight;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.database.GraphReads;
import dev.rolegraph.i18n.Text;
import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.GraphEdge;
import dev.rolegraph.insight.Insights.GraphNode;
import dev.rolegraph.insight.Insights.Neighborhood;
import dev.rolegraph.insight.Insights.RolePair;
import dev.rolegraph.insight.Insights.SkillDemand;
import dev.rolegraph.role.Role;
import dev.rolegraph.role.RoleLists;
import dev.rolegraph.skill.Skill;
import graphql.execution.DataFetcherResult;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

/** Graph-wide questions as Cypher, one named query each, in read transactions. */
@Component
class InsightGraph {

	/**
	 * Skills by the number of roles that require them, then as essential, then by name. The counts are relationship
	 * degrees (REQUIRES only ever leads from a role), so no role is visited: the first pass finds the count of the
	 * {@code $first}-th skill, the second ranks the skills at or above it exactly, ties included. The roles that
	 * require a skill are listed only when {@code $requiredBy} asks for them.
	 */
	static final String SKILL_DEMAND = """
			CALL () {
			  MATCH (s:Skill)
			  WITH COUNT { (s)<-[:REQUIRES]-() } AS roles WHERE roles > 0
			  RETURN roles ORDER BY roles DESC LIMIT $first
			}
			WITH min(roles) AS threshold
			MATCH (s:Skill) WHERE COUNT { (s)<-[:REQUIRES]-() } >= threshold
			WITH s, COUNT { (s)<-[:REQUIRES]-() } AS roles,
			  COUNT { (s)<-[req:REQUIRES]-() WHERE coalesce(req.essential, true) } AS essentialRoles
			ORDER BY roles DESC, essentialRoles DESC, s.nameEn
			LIMIT $first
			RETURN s AS skill, roles, essentialRoles,
			  CASE WHEN $requiredBy THEN COLLECT {
			    MATCH (s)<-[:REQUIRES]-(r:Role) WITH r ORDER BY r.nameEn RETURN {role: r, lists: %s}
			  } ELSE [] END AS requiredBy""".formatted(RoleLists.of("r"));

	/**
	 * Skills that are the only common skill of two roles: without the skill, nothing would connect the pair, so it
	 * bridges otherwise separate groups. Ranked by how many such pairs it holds together, a count kept on the skill
	 * by {@link dev.rolegraph.database.SoleBridges}; the first {@code $pairs} of those pairs (ordered by the first role's name, then the
	 * other's) are found from the skill's own roles, one role at a time, until there are enough.
	 */
	static final String BRIDGING_SKILLS = """
			MATCH (s:Skill)
			WHERE s.soleBridgePairs > 0
			WITH s ORDER BY s.soleBridgePairs DESC, s.nameEn LIMIT $first
			CALL (s) {
			  MATCH (s)<-[:REQUIRES]-(a:Role)
			  WHERE $pairs > 0
			  WITH a ORDER BY a.nameEn, a.id
			  CALL (a, s) {
			    WITH a, s, COLLECT { MATCH (a)-[:REQUIRES]->(o:Skill) WHERE o <> s RETURN o } AS others
			    MATCH (s)<-[:REQUIRES]-(b:Role)
			    WHERE a.id < b.id AND NOT EXISTS { (b)-[:REQUIRES]->(o:Skill) WHERE o IN others }
			    RETURN b ORDER BY b.nameEn, b.id
			  }
			  WITH a, b LIMIT $pairs
			  RETURN collect({a: a, aLists: %s, b: b, bLists: %s}) AS pairs
			}
			RETURN s AS skill, s.soleBridgePairs AS bridgedPairs, pairs
			ORDER BY bridgedPairs DESC, s.nameEn""".formatted(RoleLists.of("a"), RoleLists.of("b"));

	/** The deepest neighbourhood asked for. */
	static final int MAX_DEPTH = 3;

	/**
	 * The role (null when missing) and every node and relationship within {@code %d} hops of it, ready to draw, in
	 * one row. The hop bound is the pattern's own quantifier, so the search never goes further than asked.
	 */
	private static final String ROLE_NEIGHBORHOOD_WITHIN = """
			OPTIONAL MATCH (center:Role {id: $id})
			CALL (center) {
			  OPTIONAL MATCH p = (center)-[r WHERE type(r) <> 'SIMILAR_TO']-{1,%d}(:!SeedState)
			  UNWIND CASE WHEN p IS NULL THEN [null] ELSE relationships(p) END AS rel
			  WITH collect(DISTINCT rel) AS rels
			  WITH rels, reduce(ns = [center], rel IN rels | ns + startNode(rel) + endNode(rel)) AS touched
			  UNWIND touched AS n
			  WITH rels, collect(DISTINCT n) AS nodes
			  RETURN [n IN nodes | {id: n.id, kind: labels(n)[0], en: n.nameEn, indonesian: n.nameId}] AS nodes,
			         [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r), inferred: r.inferred,
			                       essential: r.essential, cites: r.cites}] AS edges
			}
			RETURN center, nodes, edges""";

	/** {@link #ROLE_NEIGHBORHOOD_WITHIN} for each depth, index {@code depth - 1}: a quantifier takes no parameter. */
	static final List<String> ROLE_NEIGHBORHOOD = IntStream.rangeClosed(1, MAX_DEPTH)
		.mapToObj(ROLE_NEIGHBORHOOD_WITHIN::formatted)
		.toList();

	private final GraphReads reads;

	private final GraphMapper mapper;

	InsightGraph(GraphReads reads, GraphMapper mapper) {
		this.reads = reads;
		this.mapper = mapper;
	}

	/** The demand for skills; the roles that require them only when {@code requiredBy}, with their {@code lists}. */
	DataFetcherResult<List<SkillDemand>> skillDemand(int first, boolean requiredBy, RoleLists.Selected lists) {
		RoleLists.Reader roles = lists.reader(this.mapper);
		Map<String, Object> parameters = lists.parameters(Map.of("first", first, "requiredBy", requiredBy));
		List<SkillDemand> demand = List.copyOf(this.reads.all(SKILL_DEMAND, parameters,
				row -> new SkillDemand(this.mapper.node(row.get("skill"), Skill.class),
					row.get("roles").asInt(), row.get("essentialRoles").asInt(),
					row.get("requiredBy").asList(by -> roles.role(by.get("role"), by.get("lists"))))));
		return roles.answer(demand);
	}

	/**
	 * Up to {@code first} skills, each with up to {@code pairs} of its pairs (none read when 0), their roles with
	 * the selected {@code lists}.
	 */
	DataFetcherResult<List<BridgingSkill>> bridgingSkills(int first, int pairs, RoleLists.Selected lists) {
		RoleLists.Reader roles = lists.reader(this.mapper);
		Map<String, Object> parameters = lists.parameters(Map.of("first", first, "pairs", pairs));
		List<BridgingSkill> bridging = List.copyOf(this.reads.all(BRIDGING_SKILLS, parameters,
				row -> new BridgingSkill(this.mapper.node(row.get("skill"), Skill.class),
					row.get("bridgedPairs").asInt(),
					row.get("pairs")
						.asList(pair -> new RolePair(roles.role(pair.get("a"), pair.get("aLists")),
								roles.role(pair.get("b"), pair.get("bLists")))))));
		return roles.answer(bridging);
	}

	/** The neighbourhood; empty when there is no role {@code id}. */
	Optional<Neighborhood> neighborhood(String id, int depth) {
		return this.reads.one(ROLE_NEIGHBORHOOD.get(depth - 1), Map.of("id", id),
				row -> row.get("center").isNull() ? null
					: new Neighborhood(this.mapper.node(row.get("center"), Role.class),
							row.get("nodes").asList(InsightGraph::node), row.get("edges").asList(InsightGraph::edge)));
	}

	private static GraphNode node(Value node) {
		return new GraphNode(node.get("id").asString(), node.get("kind").asString(),
				Text.of(node.get("en").asString(null), node.get("indonesian").asString(null)));
	}

	private static GraphEdge edge(Value edge) {
		Value essential = edge.get("essential");
		return new GraphEdge(edge.get("source").asString(), edge.get("target").asString(), edge.get("type").asString(),
				GraphMapper.inferred(edge), essential.isNull() ? null : essential.asBoolean(),
				GraphMapper.citations(edge));
	}

}
