package org.casualtyclaims.delta;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of everything derived from claims, one row that every claim write
 * bumps inside its transaction. Because the bump takes that row's lock until commit,
 * versions follow commit order: a reader who sees version n sees every write up to n,
 * so an ETag built from it is never stale.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Bumps the version for the calling transaction's write and answers the new one.
	 * Call it before locking any series row: every writer then takes its locks in the
	 * same order.
	 */
	public long bump() {
		return this.jdbc.sql("update data_version set version = version + 1 returning version")
			.query(Long.class)
			.single();
	}

	/** Adjusts the page totals when a series gains or loses its first or second claim. */
	public void adjustTotals(long seriesWithClaims, long seriesWithDeltas) {
		if (seriesWithClaims != 0 || seriesWithDeltas != 0) {
			this.jdbc
				.sql("update data_version set series_with_claims = series_with_claims + :claims,"
						+ " series_with_deltas = series_with_deltas + :deltas")
				.param("claims", seriesWithClaims)
				.param("deltas", seriesWithDeltas)
				.update();
		}
	}

	/** The current version and totals, one primary-key read. */
	public Snapshot current() {
		return this.jdbc.sql("select version, series_with_claims, series_with_deltas from data_version")
			.query((rs, row) -> new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/** The version and how many series have at least one and at least two claims. */
	public record Snapshot(long version, long seriesWithClaims, long seriesWithDeltas) {
	}

}
