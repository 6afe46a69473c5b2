package dev.rolegraph.skill;

import java.util.List;

import dev.rolegraph.i18n.Named;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A skill, one node however many articles or roles name it. */
@Node("Skill")
public record Skill(@Id String id, String nameEn, String nameId, String descriptionEn, String descriptionId,
		List<String> aliases) implements Named {
}
