package dev.rolegraph.skill;

import java.util.List;

import dev.rolegraph.i18n.Named;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/** A skill, one node however many articles or roles name it. */
@Node("Skill")
public record Skill(@Id String id, String nameEn, @Property("nameId") String nameIndonesian, String descriptionEn, @Property("descriptionId") String descriptionIndonesian,
		List<String> aliases, String skillType) implements Named {
}
