package org.casualtyclaims.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A {@link ChunkSource} that can also hand its rows over as they come off the
 * {@link ResultSet}, so a CSV export writes each cell straight into its buffer: no
 * response object, no JSON tree per row. Used for CSV; NDJSON still reads the objects.
 *
 * @param <K> the position after the last row read
 */
public interface CsvChunkSource<K> extends ChunkSource<K> {

	/** The columns, in file order; their names are the JSON field names. */
	List<CsvColumn> csvColumns();

	/**
	 * Reads up to {@code limit} rows after {@code after}, in order, selecting
	 * {@link CsvColumn#selectList} first (so column {@code i} of the result is
	 * {@code csvColumns().get(i - 1)}), and hands each current row to {@code sink}.
	 * Answers the position after the last row, or {@code after} when there was none.
	 */
	K nextRows(K after, int limit, RowSink sink);

	/** Takes one row off the result set, at its current position. */
	@FunctionalInterface
	interface RowSink {

		void row(ResultSet rs) throws SQLException;

	}

}
