package dev.rolegraph.insight;

import java.util.List;

import dev.rolegraph.evidence.Citation;
import dev.rolegraph.i18n.Text;
import dev.rolegraph.role.Role;
import dev.rolegraph.skill.Skill;

/** Answers to the analysts' questions across all roles. */
final class Insights {

	private Insights() {
	}

	record SkillDemand(Skill skill, int roles, int essentialRoles, List<Role> requiredBy) {
	}

	record RolePair(Role a, Role b) {
	}

	record BridgingSkill(Skill skill, int bridgedPairs, List<RolePair> pairs) {
	}

	record GraphNode(String id, String kind, Text name) {
	}

	record GraphEdge(String source, String target, String type, boolean inferred, Boolean essential,
			List<Citation> citations) {
	}

	record Neighborhood(Role center, List<GraphNode> nodes, List<GraphEdge> edges) {
	}

}
