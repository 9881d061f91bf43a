package org.casualtyclaims.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * CSV rows encoded straight into a reusable byte array (UTF-8), the writing half of a
 * fast export: RFC 4180 (CRLF after every row; a cell quoted only where a comma, quote or
 * line break needs it, quotes doubled), an empty text written {@code ""} so it stays
 * apart from an absent value (an empty cell), and text cells formula-guarded (see
 * {@link FormulaGuard}). {@link CsvInput} reads back exactly what this writes.
 * <p>
 * A chunk of rows is written here while the database connection is held and sent to the
 * client only after it was released; the array grows to the largest chunk and is then
 * reused, so an export's memory is one chunk of bytes.
 */
final class CsvBuffer {

	private byte[] bytes;

	private int length;

	private int rows;

	private boolean rowStarted;

	CsvBuffer(int initialBytes) {
		this.bytes = new byte[Math.max(initialBytes, 64)];
	}

	/** The header row: the column names. */
	void header(List<String> names) {
		for (String name : names) {
			text(name);
		}
		endRow();
	}

	/**
	 * One row of {@code columns} from the current position of {@code rs}, whose first
	 * columns are those (see {@link CsvChunkSource#nextRows}).
	 */
	void row(ResultSet rs, CsvColumn.Cell[] cells) throws SQLException {
		for (int i = 0; i < cells.length; i++) {
			switch (cells[i]) {
				case TEXT -> text(rs.getString(i + 1));
				case VERBATIM -> verbatim(rs.getString(i + 1));
				case INSTANT -> {
					OffsetDateTime at = rs.getObject(i + 1, OffsetDateTime.class);
					verbatim((at != null) ? at.toInstant().toString() : null);
				}
			}
		}
		endRow();
		this.rows++;
	}

	/**
	 * A text cell: null is an empty cell, "" is {@code ""}; guarded, quoted if needed.
	 */
	void text(String value) {
		separate();
		if (value == null) {
			return;
		}
		boolean guard = FormulaGuard.needsGuard(value);
		if (value.isEmpty() || needsQuotes(value)) {
			put('"');
			if (guard) {
				put('\'');
			}
			putQuoted(value);
			put('"');
		}
		else {
			if (guard) {
				put('\'');
			}
			putUtf8(value);
		}
	}

	/** A cell written as it is: numbers, ids, dates, enum names, instants. */
	void verbatim(String value) {
		separate();
		if (value != null) {
			putUtf8(value);
		}
	}

	void endRow() {
		put('\r');
		put('\n');
		this.rowStarted = false;
	}

	/** Rows read from a result set since the last {@link #reset} (the header is none). */
	int rows() {
		return this.rows;
	}

	int length() {
		return this.length;
	}

	void writeTo(OutputStream out) throws IOException {
		out.write(this.bytes, 0, this.length);
	}

	void reset() {
		this.length = 0;
		this.rows = 0;
		this.rowStarted = false;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

	private void separate() {
		if (this.rowStarted) {
			put(',');
		}
		this.rowStarted = true;
	}

	// RFC 4180 needs quotes around a comma, a quote or a line break; a space at either
	// end is quoted too, so tools that trim unquoted cells keep it
	private static boolean needsQuotes(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
	}

	private void putQuoted(String value) {
		int from = 0;
		int quote;
		while ((quote = value.indexOf('"', from)) >= 0) {
			putUtf8(value, from, quote + 1);
			put('"');
			from = quote + 1;
		}
		putUtf8(value, from, value.length());
	}

	private void putUtf8(String value) {
		putUtf8(value, 0, value.length());
	}

	private void putUtf8(String value, int from, int to) {
		ensure((to - from) * 3);
		byte[] b = this.bytes;
		int n = this.length;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				b[n++] = (byte) c;
			}
			else if (c < 0x800) {
				b[n++] = (byte) (0xC0 | (c >> 6));
				b[n++] = (byte) (0x80 | (c & 0x3F));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				b[n++] = (byte) (0xF0 | (cp >> 18));
				b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				b[n++] = (byte) (0x80 | (cp & 0x3F));
			}
			else if (Character.isSurrogate(c)) {
				// a lone surrogate cannot be encoded: '?' as String.getBytes writes it
				b[n++] = '?';
			}
			else {
				b[n++] = (byte) (0xE0 | (c >> 12));
				b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
				b[n++] = (byte) (0x80 | (c & 0x3F));
			}
		}
		this.length = n;
	}

	private void put(char ascii) {
		ensure(1);
		this.bytes[this.length++] = (byte) ascii;
	}

	// a surrogate pair is two chars and four bytes, so three bytes a char always suffice
	private void ensure(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + more));
		}
	}

}
