package dev.rolegraph.taxonomy;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStreamReader;

/**
 * Reads a CSV file as ESCO publishes it (RFC 4180: comma separated, fields quoted with double quotes when they hold a
 * comma, a quote or a line break, quotes doubled inside), one record at a time, so a file of any size streams. A
 * byte-order mark is skipped; the text must be UTF-8. Every problem names the file, the line and the column.
 */
final class CsvReader implements Closeable {

	/** A record and the line it starts on (a quoted field may span lines). */
	record Row(int line, List<String> fields) {
	}

	private final String file;

	private final BufferedReader reader;

	private int line = 1;

	private int column = 0;

	private boolean atEnd;

	CsvReader(Path path) throws IOException {
		this.file = path.getFileName().toString();
		this.reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
		// A byte-order mark is not part of the first line's columns.
		this.reader.mark(1);
		if (read() != '\uFEFF') {
			this.reader.reset();
		}
		this.column = 0;
	}

	String file() {
		return this.file;
	}

	/** The next record, or null at the end of the file. */
	Row next() throws IOException {
		if (this.atEnd) {
			return null;
		}
		int start = this.line;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		int quoteLine = 0;
		int quoteColumn = 0;
		while (true) {
			int c = read();
			if (quoted) {
				if (c == -1) {
					throw new CsvException(this.file, quoteLine, quoteColumn,
							"a quoted field is not closed before the end of the file");
				}
				if (c == '"') {
					this.reader.mark(1);
					int after = read();
					if (after == '"') {
						field.append('"');
						continue;
					}
					unread(after);
					quoted = false;
					continue;
				}
				field.append((char) c);
				if (c == '\n') {
					newLine();
				}
				continue;
			}
			if (c == -1) {
				this.atEnd = true;
				if (fields.isEmpty() && field.isEmpty() && !wasQuoted) {
					return null;
				}
				fields.add(field.toString());
				return new Row(start, fields);
			}
			if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
				continue;
			}
			if (c == '\r') {
				continue;
			}
			if (c == '\n') {
				fields.add(field.toString());
				newLine();
				if (fields.size() == 1 && fields.getFirst().isEmpty() && !wasQuoted) {
					start = this.line;
					fields.clear();
					continue;
				}
				return new Row(start, fields);
			}
			if (c == '"') {
				if (!field.isEmpty() || wasQuoted) {
					throw new CsvException(this.file, this.line, this.column,
							"a quote inside a field that does not start with one");
				}
				quoted = true;
				wasQuoted = true;
				quoteLine = this.line;
				quoteColumn = this.column;
				continue;
			}
			if (wasQuoted) {
				throw new CsvException(this.file, this.line, this.column,
						"text after the closing quote of a field (a comma or a line end was expected)");
			}
			field.append((char) c);
		}
	}

	private int read() throws IOException {
		try {
			int c = this.reader.read();
			if (c != -1) {
				this.column++;
			}
			return c;
		}
		catch (CharacterCodingException ex) {
			throw new CsvException(this.file, this.line, this.column + 1, "is not valid UTF-8");
		}
	}

	private void unread(int c) throws IOException {
		if (c != -1) {
			this.reader.reset();
			this.column--;
		}
	}

	private void newLine() {
		this.line++;
		this.column = 0;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
