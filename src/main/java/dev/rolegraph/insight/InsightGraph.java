package dev.rolegraph.insight;

import java.util.List;
import java.util.Map;

import dev.rolegraph.api.GraphMapper;
import dev.rolegraph.i18n.Text;
import dev.rolegraph.insight.Insights.BridgingSkill;
import dev.rolegraph.insight.Insights.GraphEdge;
import dev.rolegraph.insight.Insights.GraphNode;
import dev.rolegraph.insight.Insights.Neighborhood;
import dev.rolegraph.insight.Insights.RolePair;
import dev.rolegraph.insight.Insights.SkillDemand;
import dev.rolegraph.role.Role;
import dev.rolegraph.skill.Skill;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Graph-wide questions as Cypher, one named query each, in read transactions. */
@Component
@Transactional(readOnly = true)
class InsightGraph {

	/** Skills by the number of roles that require them. */
	static final String SKILL_DEMAND = """
			MATCH (s:Skill)<-[req:REQUIRES]-(:Role)
			WITH s, count(*) AS roles, count(CASE WHEN coalesce(req.essential, true) THEN 1 END) AS essentialRoles
			RETURN s AS skill, roles, essentialRoles,
			       COLLECT { MATCH (s)<-[:REQUIRES]-(r:Role) RETURN r ORDER BY r.nameEn } AS requiredBy
			ORDER BY roles DESC, essentialRoles DESC, s.nameEn
			LIMIT $first""";

	/**
	 * Skills that are the only common skill of two roles: without the skill, nothing would connect the pair, so it
	 * bridges otherwise separate groups. Ranked by how many such pairs it holds together.
	 */
	static final String BRIDGING_SKILLS = """
			MATCH (a:Role)-[:REQUIRES]->(s:Skill)<-[:REQUIRES]-(b:Role)
			WHERE a.id < b.id
			  AND NOT EXISTS { MATCH (a)-[:REQUIRES]->(o:Skill)<-[:REQUIRES]-(b) WHERE o <> s }
			WITH s, a, b ORDER BY a.nameEn, b.nameEn
			WITH s, collect({a: a, b: b}) AS pairs
			RETURN s AS skill, size(pairs) AS bridgedPairs, pairs
			ORDER BY bridgedPairs DESC, s.nameEn
			LIMIT $first""";

	/** Every node and relationship within {@code depth} hops of a role, ready to draw. */
	static final String ROLE_NEIGHBORHOOD = """
			MATCH (center:Role {id: $id})
			OPTIONAL MATCH p = (center)-[]-{1,3}(:!SeedState)
			WHERE length(p) <= $depth
			UNWIND CASE WHEN p IS NULL THEN [null] ELSE relationships(p) END AS rel
			WITH center, collect(DISTINCT rel) AS rels
			WITH center, rels, reduce(ns = [center], rel IN rels | ns + startNode(rel) + endNode(rel)) AS touched
			UNWIND touched AS n
			WITH center, rels, collect(DISTINCT n) AS nodes
			RETURN [n IN nodes | {id: n.id, kind: labels(n)[0], en: n.nameEn, id_: n.nameId}] AS nodes,
			       [r IN rels | {source: startNode(r).id, target: endNode(r).id, type: type(r), inferred: r.inferred,
			                     essential: r.essential, cites: r.cites}] AS edges""";

	private final Neo4jClient client;

	private final GraphMapper mapper;

	InsightGraph(Neo4jClient client, GraphMapper mapper) {
		this.client = client;
		this.mapper = mapper;
	}

	List<SkillDemand> skillDemand(int first) {
		return List.copyOf(this.client.query(SKILL_DEMAND)
			.bind(first)
			.to("first")
			.fetchAs(SkillDemand.class)
			.mappedBy((types, row) -> new SkillDemand(this.mapper.node(row.get("skill"), Skill.class),
					row.get("roles").asInt(), row.get("essentialRoles").asInt(),
					this.mapper.nodes(row.get("requiredBy"), Role.class)))
			.all());
	}

	List<BridgingSkill> bridgingSkills(int first) {
		return List.copyOf(this.client.query(BRIDGING_SKILLS)
			.bind(first)
			.to("first")
			.fetchAs(BridgingSkill.class)
			.mappedBy((types, row) -> new BridgingSkill(this.mapper.node(row.get("skill"), Skill.class),
					row.get("bridgedPairs").asInt(),
					row.get("pairs")
						.asList(pair -> new RolePair(this.mapper.node(pair.get("a"), Role.class),
								this.mapper.node(pair.get("b"), Role.class)))))
			.all());
	}

	Neighborhood neighborhood(Role center, int depth) {
		return this.client.query(ROLE_NEIGHBORHOOD)
			.bindAll(Map.of("id", center.id(), "depth", depth))
			.fetchAs(Neighborhood.class)
			.mappedBy((types, row) -> new Neighborhood(center, row.get("nodes").asList(InsightGraph::node),
					row.get("edges").asList(InsightGraph::edge)))
			.one()
			.orElseThrow();
	}

	private static GraphNode node(Value node) {
		return new GraphNode(node.get("id").asString(), node.get("kind").asString(),
				Text.of(node.get("en").asString(null), node.get("id_").asString(null)));
	}

	private static GraphEdge edge(Value edge) {
		Value essential = edge.get("essential");
		return new GraphEdge(edge.get("source").asString(), edge.get("target").asString(), edge.get("type").asString(),
				GraphMapper.inferred(edge), essential.isNull() ? null : essential.asBoolean(),
				GraphMapper.citations(edge));
	}

}
