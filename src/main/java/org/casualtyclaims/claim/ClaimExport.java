package org.casualtyclaims.claim;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.casualtyclaims.transfer.ChunkSource;

/**
 * The claims of one export, a chunk at a time in id order. The id never changes, so every
 * claim that exists from the first chunk to the last is in the file exactly once, in the
 * state its chunk read; one created or changed meanwhile may or may not be. The
 * {@code X-Change-Cursor} header closes that gap for mirrors: it is the change feed's
 * position from before the first chunk, so reading {@code /claims/changes} from it
 * replays every change the file might have missed.
 */
class ClaimExport implements ChunkSource<UUID> {

	private final JdbcClient jdbc;

	private final Map<String, Object> params = new HashMap<>();

	private final String where;

	private ChangeCursor start;

	ClaimExport(JdbcClient jdbc, ClaimFilter filter) {
		this.jdbc = jdbc;
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
