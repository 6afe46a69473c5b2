package dev.rolegraph.role;

import java.util.EnumSet;
import java.util.Set;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.database.GraphMapper;
import dev.rolegraph.role.Links.Duty;
import dev.rolegraph.role.Links.PlatformUse;
import dev.rolegraph.role.Links.RoleLink;
import dev.rolegraph.role.Links.SkillRequirement;
import dev.rolegraph.role.Links.ToolUse;
import dev.rolegraph.skill.Skill;
import dev.rolegraph.vocabulary.Relation;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Value;

/**
 * The lists of a role, one per GraphQL field of {@code Role}: which relationship each follows, and how a target
 * node and its relationship become the list's entry. Each list is read either inside the statement that reads the
 * role ({@link RoleGraph#ROLE_PAGE}, {@link RoleGraph#ROLES_PAGE}) or, for roles reached another way, in one batch
 * per request ({@link #batch()}).
 */
enum RoleList {

	SKILLS("skills", Relation.REQUIRES, Direction.OUT, "e.essential DESC, t.nameEn") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new SkillRequirement(mapper.node(target, Skill.class), GraphMapper.essential(edge),
					GraphMapper.inferred(edge), note(edge), GraphMapper.citations(edge));
		}
	},
	RESPONSIBILITIES("responsibilities", Relation.HAS_RESPONSIBILITY, Direction.OUT, "t.nameEn") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new Duty(mapper.node(target, Responsibility.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	TOOLS("tools", Relation.USES, Direction.OUT, "t.nameEn") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new ToolUse(mapper.node(target, Tool.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	PLATFORMS("platforms", Relation.WORKS_ON, Direction.OUT, "t.nameEn") {
		@Override
		Object entry(GraphMapper mapper, Value target, Value edge) {
			return new PlatformUse(mapper.node(target, Platform.class), GraphMapper.inferred(edge), note(edge),
					GraphMapper.citations(edge));
		}
	},
	REPORTS_TO("reportsTo", Relation.REPORTS_TO, Direction.OUT, "t.nameEn"),
	DIRECT_REPORTS("directReports", Relation.REPORTS_TO, Direction.IN, "t.nameEn"),
	COLLABORATES_WITH("collaboratesWith", Relation.COLLABORATES_WITH, Direction.EITHER, "t.nameEn"),
	NEXT_STEPS("nextSteps", Relation.PROGRESSES_TO, Direction.OUT, "t.nameEn"),
	PREVIOUS_STEPS("previousSteps", Relation.PROGRESSES_TO, Direction.IN, "t.nameEn"),
	SAME_AS("sameAs", Relation.SAME_AS, Direction.EITHER, "t.nameEn");

	/** The GraphQL field of {@code Role}, also the column of {@link RoleGraph#ROLE_PAGE} and its flag parameter. */
	final String field;

	/** The relationship from {@code role} to each entry's target {@code t}, over {@code e}. */
	private final String pattern;

	/** The order of the entries. */
	private final String order;

	RoleList(String field, Relation relation, Direction direction, String order) {
		this.field = field;
		this.pattern = direction.pattern.formatted(relation.name(), relation.to.text);
		this.order = order;
	}

	/** Which way a list follows its relationship from the role. */
	enum Direction {

		OUT("(role)-[e:%s]->(t:%s)"), IN("(role)<-[e:%s]-(t:%s)"), EITHER("(role)-[e:%s]-(t:%s)");

		private final String pattern;

		Direction(String pattern) {
			this.pattern = pattern;
		}

	}

	/** The entries of many roles at once, for roles that were not read by their own statement. */
	String batch() {
		return "MATCH (role:Role) WHERE role.id IN $ids MATCH " + this.pattern
				+ "\nRETURN role.id AS owner, t AS target, e AS edge ORDER BY " + this.order;
	}

	/** The entries of the role bound to {@code role} when the flag parameter named like the field is true; else null. */
	String column() {
		return column("");
	}

	/** {@link #column()} with the flag parameter named {@link #flag(String) flag(prefix)}. */
	String column(String prefix) {
		return "CASE WHEN $" + flag(prefix) + " THEN COLLECT { MATCH " + this.pattern + " WITH e, t ORDER BY "
				+ this.order + " RETURN {target: t, edge: e} } END";
	}

	/** The flag parameter of this list: the field's name, after {@code prefix} when there is one (camel case). */
	String flag(String prefix) {
		return prefix.isEmpty() ? this.field
				: prefix + Character.toUpperCase(this.field.charAt(0)) + this.field.substring(1);
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
		return selectedIn(selection, "");
	}

	/** The lists a client selected on the roles found at {@code path} (such as {@code edges/node/}) below a field. */
	static Set<RoleList> selectedIn(DataFetchingFieldSelectionSet selection, String path) {
		Set<RoleList> selected = EnumSet.noneOf(RoleList.class);
		for (RoleList list : values()) {
			if (selection.contains(path + list.field)) {
				selected.add(list);
			}
		}
		return selected;
	}

	private static String note(Value edge) {
		return edge.get("note").asString(null);
	}

}
