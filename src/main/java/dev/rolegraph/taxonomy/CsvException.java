package dev.rolegraph.taxonomy;

/** A file that cannot be imported as it is: which file, where, and what is wrong. */
public class CsvException extends RuntimeException {

	private final String file;

	private final int line;

	private final int column;

	CsvException(String file, int line, int column, String problem) {
		super(file + ", line " + line + (column > 0 ? ", column " + column : "") + ": " + problem, null, false, false);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	/** The column (1 for the first character of the line); 0 when the problem is the whole line. */
	public int column() {
		return this.column;
	}

}
