package dev.rolegraph.api;

/** An id that names nothing in the graph; the message quotes at most {@link Quote#MAX} characters of it. */
public class NotFoundException extends RuntimeException {

	private final String argument;

	public NotFoundException(String argument, String kind, Object id) {
		super("no " + kind + " with id '" + Quote.of(id) + "' (argument '" + argument + "')");
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
