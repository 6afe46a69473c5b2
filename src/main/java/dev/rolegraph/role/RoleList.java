package dev.rolegraph.role;

import java.util.EnumSet;
import java.util.Set;

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
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;

/**
 * The lists of a role, one per GraphQL field of {@code Role}: which relationship each follows, and how a target
 * node and its relationship become the list's entry. Each list is read either inside the role's own statement
 * ({@link RoleGraph#ROLE_PAGE}) or, for roles reached another way, in one batch per request ({@link #batch}).
 */
enum RoleList {

	SKILLS("skills", """
			MATCH (r:Role)-[e:REQUIRES]->(t:Skill) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY e.essential DESC, t.nameEn""") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new SkillRequirement(mapper.node(target, Skill.class), GraphMapper.essential(edge),
					GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge));
		}
	},
	RESPONSIBILITIES("responsibilities", """
			MATCH (r:Role)-[e:HAS_RESPONSIBILITY]->(t:Responsibility) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new Duty(mapper.node(target, Responsibility.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	TOOLS("tools", """
			MATCH (r:Role)-[e:USES]->(t:Tool) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new ToolUse(mapper.node(target, Tool.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	PLATFORMS("platforms", """
			MATCH (r:Role)-[e:WORKS_ON]->(t:Platform) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new PlatformUse(mapper.node(target, Platform.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	REPORTS_TO("reportsTo", """
			MATCH (r:Role)-[e:REPORTS_TO]->(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn"""),
	DIRECT_REPORTS("directReports", """
			MATCH (r:Role)<-[e:REPORTS_TO]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn"""),
	COLLABORATES_WITH("collaboratesWith", """
			MATCH (r:Role)-[e:COLLABORATES_WITH]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn"""),
	NEXT_STEPS("nextSteps", """
			MATCH (r:Role)-[e:PROGRESSES_TO]->(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn"""),
	PREVIOUS_STEPS("previousSteps", """
			MATCH (r:Role)<-[e:PROGRESSES_TO]-(t:Role) WHERE r.id IN $ids
			RETURN r.id AS owner, t AS target, e AS edge ORDER BY t.nameEn""");

	/** The GraphQL field of {@code Role}, also the column of {@link RoleGraph#ROLE_PAGE} and its flag parameter. */
	final String field;

	/** The entries of many roles at once, for roles that were not read by their own statement. */
	final String batch;

	RoleList(String field, String batch) {
		this.field = field;
		this.batch = batch;
	}

	/** The entry for one target node and the relationship to it; a link to another role unless overridden. */
	Object entry(GraphMapper mapper, Value target, Value edge) {
		return new RoleLink(mapper.node(target, Role.class), GraphMapper.inferred(edge), note(edge),
				GraphMapper.citations(edge));
	}

	/** Name of the per-request data loader of this list. */
	String loader() {
		return "Role." + this.field;
	}

	/** The lists a client selected on a role. */
	static Set<RoleList> selectedIn(DataFetchingFieldSelectionSet selection) {
		Set<RoleList> selected = EnumSet.noneOf(RoleList.class);
		for (RoleList list : values()) {
			if (selection.contains(list.field)) {
				selected.add(list);
			}
		}
		return selected;
	}

	private static String note(Value edge) {
		return edge.get("note").asString(null);
	}

}
