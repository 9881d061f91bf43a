package org.casualtyclaims.claim;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.casualtyclaims.transfer.CsvChunkSource;
import org.casualtyclaims.transfer.CsvColumn;

import static org.casualtyclaims.transfer.CsvColumn.instant;
import static org.casualtyclaims.transfer.CsvColumn.text;
import static org.casualtyclaims.transfer.CsvColumn.verbatim;

/**
 * The claims of one export, a chunk at a time in id order. The id never changes, so every
 * claim that exists from the first chunk to the last is in the file exactly once, in the
 * state its chunk read; one created or changed meanwhile may or may not be. The
 * {@code X-Change-Cursor} header closes that gap for mirrors: it is the change feed's
 * position from before the first chunk, so reading {@code /claims/changes} from it
 * replays every change the file might have missed.
 * <p>
 * CSV is written straight from the result set, column by column as {@link #CSV_COLUMNS}
 * lists them; NDJSON reads {@link ClaimResponse} objects.
 */
class ClaimExport implements CsvChunkSource<UUID> {

	/**
	 * The CSV columns: {@link ClaimResponse}'s fields in its order (a test holds the two
	 * together), each with the SQL that yields its cell. A new claim field is one line
	 * here. Non-text columns are cast to text, so the driver hands over PostgreSQL's own
	 * text (ISO dates, canonical uuids) whichever wire format it chose.
	 */
	static final List<CsvColumn> CSV_COLUMNS = List.of(verbatim("id", "id::text"), text("subject", "subject"),
			verbatim("category", "category"), verbatim("figure", "figure::text"),
			verbatim("figureLow", "figure_low::text"), verbatim("figureHigh", "figure_high::text"),
			verbatim("qualifier", "qualifier"), text("speaker", "speaker"), text("source", "source"),
			text("sourceUrl", "source_url"), verbatim("statedOn", "stated_on::text"), text("quote", "quote"),
			verbatim("reportId", "report_id::text"), verbatim("status", "status"),
			text("retractionReason", "retraction_reason"), verbatim("version", "version::text"),
			instant("createdAt", "created_at"), instant("updatedAt", "updated_at"), text("createdBy", "created_by"),
			verbatim("statedOnPrecision", "stated_on_precision"), verbatim("supersedes", "supersedes::text"),
			// a closed set of names, joined as the JSON path joins lists
			verbatim("flags", "array_to_string(" + ConsistencyFlags.flagsOf("claims.id") + ", ';')"));

	private static final String CSV_SELECT = "select " + CsvColumn.selectList(CSV_COLUMNS) + " from claims";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	private final Map<String, Object> params = new HashMap<>();

	private final String where;

	private ChangeCursor start;

	/**
	 * @param streaming reads with a fetch size, so a chunk's rows come off the wire in
	 * batches rather than all at once
	 */
	ClaimExport(JdbcClient jdbc, NamedParameterJdbcTemplate streaming, ClaimFilter filter) {
		this.jdbc = jdbc;
		this.streaming = streaming;
		this.where = ClaimListing.where(filter, this.params);
	}

	@Override
	public Chunk<UUID> next(UUID after, int limit) {
		if (after == null) {
			this.start = currentCursor();
		}
		List<ClaimResponse> rows = this.jdbc
			.sql("select " + ClaimRows.COLUMNS + " from claims" + this.where
					+ ((after != null) ? " and id > :after" : "") + " order by id limit :limit")
			.params(this.params)
			.param("after", after)
			.param("limit", limit)
			.query((rs, row) -> ClaimRows.response(rs))
			.list();
		return new Chunk<>(rows, rows.isEmpty() ? after : rows.get(rows.size() - 1).id());
	}

	@Override
	public List<CsvColumn> csvColumns() {
		return CSV_COLUMNS;
	}

	@Override
	public UUID nextRows(UUID after, int limit, RowSink sink) {
		if (after == null) {
			this.start = currentCursor();
		}
		Map<String, Object> params = new HashMap<>(this.params);
		params.put("after", after);
		params.put("limit", limit);
		String[] last = { null };
		// claims.id: a bare "id" in order by is the select list's id::text, sorted as
		// text
		// by a full scan, as no index serves it
		this.streaming.query(CSV_SELECT + this.where + ((after != null) ? " and claims.id > :after" : "")
				+ " order by claims.id limit :limit", params, (rs) -> {
					sink.row(rs);
					last[0] = rs.getString(1);
				});
		return (last[0] != null) ? UUID.fromString(last[0]) : after;
	}

	// every transaction below the oldest still running has finished: its changes are in
	// every chunk, and the feed from here repeats all the others
	private ChangeCursor currentCursor() {
		BigInteger oldestRunning = new BigInteger(
				this.jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single());
		return new ChangeCursor(oldestRunning.subtract(BigInteger.ONE), new UUID(-1, -1));
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("X-Change-Cursor", this.start.toString());
	}

}
