package dev.rolegraph.i18n;

/**
 * A node with an id, a bilingual name and optional description, stored as {@code nameEn}/{@code nameId} properties
 * ({@code Id} there is the language code of Indonesian, hence the component names {@code nameIndonesian}).
 */
public interface Named {

	String id();

	String nameEn();

	String nameIndonesian();

	String descriptionEn();

	String descriptionIndonesian();

	default Text name() {
		return Text.of(nameEn(), nameIndonesian());
	}

	default Text description() {
		return Text.of(descriptionEn(), descriptionIndonesian());
	}

}
