package org.casualtyclaims.claim;

import java.math.BigInteger;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * GET /claims/changes: every claim created, replaced or retracted, in the order of the
 * transactions that wrote it. A page stops below the oldest transaction still running,
 * because only there is the order final: a transaction with a smaller id may still
 * commit, and a cursor past it would skip it for good.
 */
@Component
class ClaimChangeFeed {

	private static final String PAGE = "select " + ClaimRows.COLUMNS + ", change_xid::text as change_xid"
			+ " from claims where (change_xid, id) > (:xid::xid8, :id)"
			+ " and change_xid < pg_snapshot_xmin(pg_current_snapshot())" + " order by change_xid, id limit :limit";

	private final JdbcClient jdbc;

	ClaimChangeFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ClaimChangesResponse after(ChangeCursor cursor, int size) {
		ChangeCursor[] last = { cursor };
		List<ClaimResponse> content = this.jdbc.sql(PAGE)
			.param("xid", cursor.transactionId().toString())
			.param("id", cursor.claimId())
			.param("limit", size + 1)
			.query((rs, row) -> {
				ClaimResponse claim = ClaimRows.response(rs);
				if (row < size) {
					last[0] = new ChangeCursor(new BigInteger(rs.getString("change_xid")), claim.id());
				}
				return claim;
			})
			.list();
		boolean hasMore = content.size() > size;
		return new ClaimChangesResponse(hasMore ? content.subList(0, size) : content, last[0].toString(), hasMore);
	}

}
