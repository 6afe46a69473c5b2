package dev.rolegraph.api;

/** Checks shared by the queries that take bounded numbers. */
public final class Arguments {

	private Arguments() {
	}

	/** {@code value}, or a BAD_REQUEST naming {@code argument} when it lies outside {@code min..max}. */
	public static int within(String argument, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

}
