package dev.rolegraph.curation;

import java.util.List;

import dev.rolegraph.catalog.Platform;
import dev.rolegraph.catalog.Responsibility;
import dev.rolegraph.catalog.Tool;
import dev.rolegraph.role.Role;
import dev.rolegraph.skill.Skill;
import dev.rolegraph.vocabulary.Label;

/**
 * A kind of node curators edit: its label and the entity the API returns for it. The create, update and delete
 * handlers are each written once and keyed by this, so their results are typed without casts.
 */
record Entry<T>(Label label, Class<T> type) {

	static final Entry<Role> ROLE = new Entry<>(Label.ROLE, Role.class);

	static final Entry<Skill> SKILL = new Entry<>(Label.SKILL, Skill.class);

	static final Entry<Tool> TOOL = new Entry<>(Label.TOOL, Tool.class);

	static final Entry<Platform> PLATFORM = new Entry<>(Label.PLATFORM, Platform.class);

	static final Entry<Responsibility> RESPONSIBILITY = new Entry<>(Label.RESPONSIBILITY, Responsibility.class);

	/** The kinds created and updated alike (roles have inputs of their own). */
	static final List<Entry<?>> CATALOGUE = List.of(SKILL, TOOL, PLATFORM, RESPONSIBILITY);

	/** The kinds deleted alike. */
	static final List<Entry<?>> DELETABLE = List.of(ROLE, SKILL, TOOL, PLATFORM, RESPONSIBILITY);

}
