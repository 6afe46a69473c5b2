package dev.rolegraph.role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.rolegraph.api.Pages.Slice;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.database.GraphReads;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.stereotype.Component;

import static java.util.stream.Collectors.joining;

/**
 * A role and the lists a client asked for, in one statement; and the lists of many roles at once, one statement
 * per list for all the roles of a request, each through {@link GraphReads}.
 */
@Component
class RoleGraph {

	/**
	 * One role with each of its lists, computed only when its flag parameter (named like the list) is true: the
	 * client's selection decides, and what it did not select is not read.
	 */
	static final String ROLE_PAGE = "MATCH (role:Role {id: $id})\nRETURN role, "
			+ Arrays.stream(RoleList.values()).map(list -> list.column() + " AS " + list.field).collect(joining(",\n  "));

	/**
	 * A page of roles of the given kinds by English name then id, {@code $limit} of them after the role
	 * {@code ($afterName, $afterId)} (the name index finds where the page starts), each with the lists whose flag
	 * parameters are true, and how many such roles there are in all when {@code $total} asks.
	 */
	static final String ROLES_PAGE = """
			RETURN CASE WHEN $total THEN COUNT { MATCH (role:Role) WHERE role.kind IN $kinds } END AS total,
			  COLLECT { MATCH (role:Role)
			    WHERE role.nameEn >= $afterName AND (role.nameEn > $afterName OR role.id > $afterId) AND role.kind IN $kinds
			    WITH role ORDER BY role.nameEn, role.id LIMIT $limit
			    RETURN {role: role, %s} } AS page"""
		.formatted(Arrays.stream(RoleList.values())
			.map(list -> list.field + ": " + list.column())
			.collect(joining(",\n      ")));

	/** A role with the lists that were read together with it. */
	record LoadedRole(Role role, Map<RoleList, List<Object>> lists) {
	}

	private final GraphReads reads;

	private final GraphMapper mapper;

	RoleGraph(GraphReads reads, GraphMapper mapper) {
		this.reads = reads;
		this.mapper = mapper;
	}

	/** The role {@code id} with the {@code wanted} lists; empty when there is no such role. */
	Optional<LoadedRole> rolePage(String id, Set<RoleList> wanted) {
		Map<String, Object> parameters = flags(wanted);
		parameters.put("id", id);
		return this.reads.one(ROLE_PAGE, parameters, row -> loaded(row, wanted));
	}

	/** The flag parameter of each list: true for those wanted. */
	private static Map<String, Object> flags(Set<RoleList> wanted) {
		Map<String, Object> parameters = new HashMap<>();
		for (RoleList list : RoleList.values()) {
			parameters.put(list.field, wanted.contains(list));
		}
		return parameters;
	}

	/** The role in {@code row.role} with the {@code wanted} lists in the columns named like them. */
	private LoadedRole loaded(MapAccessor row, Set<RoleList> wanted) {
		return new LoadedRole(this.mapper.node(row.get("role"), Role.class), lists(this.mapper, row, wanted));
	}

	/** The {@code wanted} lists of one role, from the columns (or map keys) named like them. */
	static Map<RoleList, List<Object>> lists(GraphMapper mapper, MapAccessor columns, Collection<RoleList> wanted) {
		Map<RoleList, List<Object>> lists = new EnumMap<>(RoleList.class);
		for (RoleList list : wanted) {
			lists.put(list, columns.get(list.field)
				.asList(link -> list.entry(mapper, link.get("target"), link.get("edge"))));
		}
		return lists;
	}

	/** A page of roles of {@code kinds} with the {@code wanted} lists, and their total when asked, in one statement. */
	RolesPage rolesPage(List<String> kinds, Slice slice, boolean total, Set<RoleList> wanted) {
		Map<String, Object> parameters = flags(wanted);
		parameters.putAll(Map.of("kinds", kinds, "afterName", slice.afterName(), "afterId", slice.afterId(), "limit",
				slice.limit(), "total", total));
		return this.reads
			.one(ROLES_PAGE, parameters, row -> new RolesPage(row.get("page").asList(entry -> loaded(entry, wanted)),
					total ? row.get("total").asLong() : null))
			.orElseThrow();
	}

	/** One page of roles with their lists; the total is null when not asked for. */
	record RolesPage(List<LoadedRole> roles, Long total) {
	}

	/** The entries of {@code list} for each of {@code roleIds}, in one statement. */
	Map<String, List<Object>> links(RoleList list, Collection<String> roleIds) {
		Map<String, List<Object>> byRole = new LinkedHashMap<>();
		roleIds.forEach(id -> byRole.put(id, new ArrayList<>()));
		this.reads
			.all(list.batch(), Map.of("ids", List.copyOf(roleIds)), row -> new Owned(row.get("owner").asString(),
					list.entry(this.mapper, row.get("target"), row.get("edge"))))
			.forEach(owned -> byRole.get(owned.owner()).add(owned.entry()));
		return byRole;
	}

	/** An entry and the role it belongs to. */
	private record Owned(String owner, Object entry) {
	}

}
