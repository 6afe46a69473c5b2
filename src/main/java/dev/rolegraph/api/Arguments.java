package dev.rolegraph.api;

/** Checks shared by the queries that take bounded numbers. */
public final class Arguments {

	private Arguments() {
	}

	/** {@code value}, or a BAD_REQUEST naming {@code argument} when it lies outside {@code min..max}. */
	public static int within(String argument, Integer value, int min, int max) {
		required(argument, value);
		if (value < min || value > max) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/** {@code value}, or a BAD_REQUEST naming {@code argument} when a client sent an explicit null. */
	public static <T> T required(String argument, T value) {
		if (value == null) {
			throw new InvalidArgumentException(argument,
					"'" + argument + "' must not be null; leave it out to use its default");
		}
		return value;
	}

}
