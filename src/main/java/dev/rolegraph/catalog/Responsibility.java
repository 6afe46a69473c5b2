package dev.rolegraph.catalog;

import java.util.List;

import dev.rolegraph.i18n.Named;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;

/** A duty of a role, one node however many roles share it. */
@Node("Responsibility")
public record Responsibility(@Id String id, String nameEn, @Property("nameId") String nameIndonesian, String descriptionEn, @Property("descriptionId") String descriptionIndonesian,
		List<String> aliases) implements Named {
}
