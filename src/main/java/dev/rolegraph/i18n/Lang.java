package dev.rolegraph.i18n;

/** The languages every label exists in. */
public enum Lang {

	EN, ID

}
