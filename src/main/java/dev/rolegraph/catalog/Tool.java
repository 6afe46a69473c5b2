package dev.rolegraph.catalog;

import java.util.List;

import dev.rolegraph.i18n.Named;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A tool a role uses, such as an analytics or planning app. */
@Node("Tool")
public record Tool(@Id String id, String nameEn, String nameId, String descriptionEn, String descriptionId,
		List<String> aliases) implements Named {
}
