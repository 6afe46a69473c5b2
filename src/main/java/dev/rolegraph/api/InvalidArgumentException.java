package dev.rolegraph.api;

/** A request a client can fix: {@code argument} names what is wrong, the message says why. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
