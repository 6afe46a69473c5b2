package dev.rolegraph.i18n;

/** A text in English and Indonesian. Fields typed {@code String} with a {@code lang} argument resolve it. */
public record Text(String en, String indonesian) {

	public String in(Lang lang) {
		// Imported taxonomies may have no Indonesian label: the English one stands in rather than nothing.
		return lang == Lang.ID && this.indonesian != null ? this.indonesian : this.en;
	}

	/** Absent when both languages are. */
	public static Text of(String en, String indonesian) {
		return en == null && indonesian == null ? null : new Text(en, indonesian);
	}

}
