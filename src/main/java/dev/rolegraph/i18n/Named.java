package dev.rolegraph.i18n;

/**
 * A node with an id, a bilingual name and optional description, stored as {@code nameEn}/{@code nameId} properties.
 */
public interface Named {

	String id();

	String nameEn();

	String nameId();

	String descriptionEn();

	String descriptionId();

	default Text name() {
		return Text.of(nameEn(), nameId());
	}

	default Text description() {
		return Text.of(descriptionEn(), descriptionId());
	}

}
