package dev.rolegraph.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rolegraph.api.GraphMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A role and the lists a client asked for, in one statement; and the lists of many roles at once, one statement
 * per list for all the roles of a request. Read-only transactions, so a cluster routes them to any member.
 */
@Component
@Transactional(readOnly = true)
class RoleGraph {

	/**
	 * One role with each of its lists, computed only when its flag parameter (named like the list) is true: the
	 * client's selection decides, and what it did not select is not read.
	 */
	static final String ROLE_PAGE = """
			MATCH (role:Role {id: $id})
			RETURN role,
			  CASE WHEN $skills THEN COLLECT { MATCH (role)-[e:REQUIRES]->(t:Skill)
			    WITH e, t ORDER BY e.essential DESC, t.nameEn RETURN {target: t, edge: e} } END AS skills,
			  CASE WHEN $responsibilities THEN COLLECT { MATCH (role)-[e:HAS_RESPONSIBILITY]->(t:Responsibility)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS responsibilities,
			  CASE WHEN $tools THEN COLLECT { MATCH (role)-[e:USES]->(t:Tool)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS tools,
			  CASE WHEN $platforms THEN COLLECT { MATCH (role)-[e:WORKS_ON]->(t:Platform)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS platforms,
			  CASE WHEN $reportsTo THEN COLLECT { MATCH (role)-[e:REPORTS_TO]->(t:Role)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS reportsTo,
			  CASE WHEN $directReports THEN COLLECT { MATCH (role)<-[e:REPORTS_TO]-(t:Role)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS directReports,
			  CASE WHEN $collaboratesWith THEN COLLECT { MATCH (role)-[e:COLLABORATES_WITH]-(t:Role)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS collaboratesWith,
			  CASE WHEN $nextSteps THEN COLLECT { MATCH (role)-[e:PROGRESSES_TO]->(t:Role)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS nextSteps,
			  CASE WHEN $previousSteps THEN COLLECT { MATCH (role)<-[e:PROGRESSES_TO]-(t:Role)
			    WITH e, t ORDER BY t.nameEn RETURN {target: t, edge: e} } END AS previousSteps""";

	/** A role with the lists that were read together with it. */
	record LoadedRole(Role role, Map<RoleList, List<Object>> lists) {
	}

	private final Neo4jClient client;

	private final GraphMapper mapper;

	RoleGraph(Neo4jClient client, GraphMapper mapper) {
		this.client = client;
		this.mapper = mapper;
	}

	/** The role {@code id} with the {@code wanted} lists; empty when there is no such role. */
	Optional<LoadedRole> rolePage(String id, Set<RoleList> wanted) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		for (RoleList list : RoleList.values()) {
			parameters.put(list.field, wanted.contains(list));
		}
		return this.client.query(ROLE_PAGE).bindAll(parameters).fetchAs(LoadedRole.class).mappedBy((types, row) -> {
			Map<RoleList, List<Object>> lists = new EnumMap<>(RoleList.class);
			for (RoleList list : wanted) {
				lists.put(list, row.get(list.field)
					.asList(link -> list.entry(this.mapper, link.get("target"), link.get("edge"))));
			}
			return new LoadedRole(this.mapper.node(row.get("role"), Role.class), lists);
		}).one();
	}

	/** The entries of {@code list} for each of {@code roleIds}, in one statement. */
	Map<String, List<Object>> links(RoleList list, Collection<String> roleIds) {
		Map<String, List<Object>> byRole = new LinkedHashMap<>();
		roleIds.forEach(id -> byRole.put(id, new ArrayList<>()));
		this.client.query(list.batch)
			.bind(List.copyOf(roleIds))
			.to("ids")
			.fetchAs(Owned.class)
			.mappedBy((types, row) -> new Owned(row.get("owner").asString(),
					list.entry(this.mapper, row.get("target"), row.get("edge"))))
			.all()
			.forEach(owned -> byRole.get(owned.owner()).add(owned.entry()));
		return byRole;
	}

	/** An entry and the role it belongs to. */
	private record Owned(String owner, Object entry) {
	}

}
