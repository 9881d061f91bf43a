package org.casualtyclaims.metrics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures behind the domain gauges, all from one statement. Active claims are the sum
 * of the series' counts (one row per series, kept by every write), not a count over the
 * claims table; retracted claims and the last day's claims are index range scans.
 *
 * @param activeClaims claims not retracted, in every series
 * @param retractedClaims claims retracted
 * @param series series with at least one active claim
 * @param seriesWithDelta series with at least two, so with a latest delta
 * @param claimsLastDay claims recorded in the last 24 hours, by any instance
 */
record DomainFigures(long activeClaims, long retractedClaims, long series, long seriesWithDelta, long claimsLastDay) {

	private static final String QUERY = """
			select s.active, s.series, s.with_delta,
			       (select count(*) from claims where status = 'retracted') as retracted,
			       (select count(*) from claims where created_at >= now() - interval '1 day') as last_day
			from (select coalesce(sum(claim_count), 0) as active,
			             count(*) filter (where claim_count > 0) as series,
			             count(*) filter (where claim_count >= 2) as with_delta
			      from series) s
			""";

	static DomainFigures read(JdbcClient jdbc) {
		return jdbc.sql(QUERY)
			.query((rs, row) -> new DomainFigures(rs.getLong("active"), rs.getLong("retracted"), rs.getLong("series"),
					rs.getLong("with_delta"), rs.getLong("last_day")))
			.single();
	}

}
