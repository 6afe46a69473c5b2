package dev.rolegraph.api;

/** An id that names nothing in the graph. */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String kind, Object id) {
		super("no " + kind + " with id '" + id + "' (argument '" + argument + "')");
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
