package dev.rolegraph.i18n;

/** A text in English and Indonesian. Fields typed {@code String} with a {@code lang} argument resolve it. */
public record Text(String en, String id) {

	public String in(Lang lang) {
		return lang == Lang.ID ? this.id : this.en;
	}

	/** Absent when both languages are. */
	public static Text of(String en, String id) {
		return en == null && id == null ? null : new Text(en, id);
	}

}
