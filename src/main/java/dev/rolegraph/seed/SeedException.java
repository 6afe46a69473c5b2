package dev.rolegraph.seed;

import java.util.List;

/** The seed cannot be loaded; each problem names its file and entry. Nothing was written. */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	SeedException(List<String> problems) {
		super("Invalid seed, nothing was loaded:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
