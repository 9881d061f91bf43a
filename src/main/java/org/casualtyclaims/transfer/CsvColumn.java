package org.casualtyclaims.transfer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One column of a CSV export read straight from SQL: the header name (the JSON field
 * name), the SQL expression that yields the cell, and how the cell is written. A listing
 * that lists its columns this way is exported without an object per row (see
 * {@link CsvChunkSource}).
 *
 * @param name the header cell, the JSON field name ({@code figureLow})
 * @param sql the select-list expression; for {@link Cell#VERBATIM} it must yield text
 * @param cell how the value becomes a cell
 */
public record CsvColumn(String name, String sql, Cell cell) {

	/** How a value becomes a cell. */
	public enum Cell {

		/** Free text: formula-guarded, quoted where RFC 4180 needs it. */
		TEXT,

		/**
		 * Text that can hold no comma, quote, line break or formula prefix, written as it
		 * is: numbers, ids, dates, enum names (cast to {@code text} in SQL).
		 */
		VERBATIM,

		/** A {@code timestamptz}, written as JSON writes an instant (ISO-8601, UTC). */
		INSTANT

	}

	public static CsvColumn text(String name, String sql) {
		return new CsvColumn(name, sql, Cell.TEXT);
	}

	public static CsvColumn verbatim(String name, String sql) {
		return new CsvColumn(name, sql, Cell.VERBATIM);
	}

	public static CsvColumn instant(String name, String sql) {
		return new CsvColumn(name, sql, Cell.INSTANT);
	}

	/** The select list of these columns, in order. */
	public static String selectList(List<CsvColumn> columns) {
		return columns.stream().map(CsvColumn::sql).collect(Collectors.joining(", "));
	}

	/** The header names of these columns, in order. */
	public static List<String> names(List<CsvColumn> columns) {
		return columns.stream().map(CsvColumn::name).toList();
	}

}
