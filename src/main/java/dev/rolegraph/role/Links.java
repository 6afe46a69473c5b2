package dev.rolegraph.role;

import java.util.List;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.evidence.Citation;
import dev.rolegraph.skill.Skill;

/** The relationships of a role, each with the evidence for it. */
final class Links {

	private Links() {
	}

	record SkillRequirement(Skill skill, boolean essential, boolean inferred, String note, List<Citation> citations) {
	}

	record Duty(Responsibility responsibility, boolean inferred, String note, List<Citation> citations) {
	}

	record ToolUse(Tool tool, boolean inferred, String note, List<Citation> citations) {
	}

	record PlatformUse(Platform platform, boolean inferred, String note, List<Citation> citations) {
	}

	record RoleLink(Role role, boolean inferred, String note, List<Citation> citations) {
	}

}
