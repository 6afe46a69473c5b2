package dev.rolegraph.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.rolegraph.api.GraphMapper;
import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.role.Links.Duty;
import dev.rolegraph.role.Links.PlatformUse;
import dev.rolegraph.role.Links.RoleLink;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.role.Links.ToolUse;
import dev.rolegraph.skill.Skill;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationships of many roles at once: each method is one round trip for all the roles of a request, named
 * for the question it answers. Read-only transactions, so a cluster routes them to any member.
 */
@Component
@Transactional(readOnly = true)
class RoleGraph {

	static final String REQUIRED_SKILLS = """
			MATCH (r:Role)-[e:REQUIRES]->(t:Skill) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY e.essential DESC, t.nameEn""";

	static final String RESPONSIBILITIES = """
			MATCH (r:Role)-[e:HAS_RESPONSIBILITY]->(t:Responsibility) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String TOOLS_USED = """
			MATCH (r:Role)-[e:USES]->(t:Tool) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String PLATFORMS_WORKED_ON = """
			MATCH (r:Role)-[e:WORKS_ON]->(t:Platform) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String REPORTS_TO = """
			MATCH (r:Role)-[e:REPORTS_TO]->(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String DIRECT_REPORTS = """
			MATCH (r:Role)<-[e:REPORTS_TO]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String COLLABORATORS = """
			MATCH (r:Role)-[e:COLLABORATES_WITH]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String NEXT_STEPS = """
			MATCH (r:Role)-[e:PROGRESSES_TO]->(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	static final String PREVIOUS_STEPS = """
			MATCH (r:Role)<-[e:PROGRESSES_TO]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""";

	private final Neo4jClient client;

	private final GraphMapper mapper;

	RoleGraph(Neo4jClient client, GraphMapper mapper) {
		this.client = client;
		this.mapper = mapper;
	}

	Map<String, List<SkillRequirement>> requiredSkills(Collection<String> roleIds) {
		return links(REQUIRED_SKILLS, roleIds, Skill.class, (skill, edge) -> new SkillRequirement(skill,
				GraphMapper.essential(edge), GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge)));
	}

	Map<String, List<Duty>> responsibilities(Collection<String> roleIds) {
		return links(RESPONSIBILITIES, roleIds, Responsibility.class,
				(duty, edge) -> new Duty(duty, GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge)));
	}

	Map<String, List<ToolUse>> toolsUsed(Collection<String> roleIds) {
		return links(TOOLS_USED, roleIds, Tool.class,
				(tool, edge) -> new ToolUse(tool, GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge)));
	}

	Map<String, List<PlatformUse>> platformsWorkedOn(Collection<String> roleIds) {
		return links(PLATFORMS_WORKED_ON, roleIds, Platform.class,
				(platform, edge) -> new PlatformUse(platform, GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge)));
	}

	Map<String, List<RoleLink>> roleLinks(String query, Collection<String> roleIds) {
		return links(query, roleIds, Role.class, (role, edge) -> new RoleLink(role, GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge)));
	}

	private <T, L> Map<String, List<L>> links(String query, Collection<String> roleIds, Class<T> targetType,
			BiFunction<T, Value, L> link) {
		Map<String, List<L>> byRole = new LinkedHashMap<>();
		roleIds.forEach(id -> byRole.put(id, new ArrayList<>()));
		this.client.query(query)
			.bind(List.copyOf(roleIds))
			.to("ids")
			.fetchAs(Owned.class)
			.mappedBy((types, row) -> new Owned<>(row.get("owner").asString(),
					link.apply(this.mapper.node(row.get("target"), targetType), row.get("edge"))))
			.all()
			.forEach(owned -> byRole.get(owned.owner()).add(uncheckedLink(owned)));
		return byRole;
	}

	@SuppressWarnings("unchecked")
	private static <L> L uncheckedLink(Owned<?> owned) {
		// fetchAs takes a raw class; every Owned of this query was built with an L.
		return (L) owned.link();
	}

	/** A link and the role it belongs to. */
	private record Owned<L>(String owner, L link) {
	}

	private static String note(Value edge) {
		return edge.get("note").asString(null);
	}

}
