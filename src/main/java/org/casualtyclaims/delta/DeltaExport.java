package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.casualtyclaims.transfer.ChunkSource;

/**
 * The deltas of one export in the listing's order (series by series, each oldest first),
 * a chunk at a time: each chunk continues after the series order key of the last delta's
 * later claim, and finds each claim's predecessor along {@code claims_series_order}. A
 * series written while the export runs may show its deltas from before and after the
 * write on either side of a chunk boundary; each delta itself is whole.
 */
class DeltaExport implements ChunkSource<DeltaExport.Position> {

	private final JdbcClient jdbc;

	private final Map<String, Object> params = new HashMap<>();

	private final String whereLater;

	private final String whereEarlier;

	DeltaExport(JdbcClient jdbc, DeltaFilter filter) {
		this.jdbc = jdbc;
		this.whereLater = DeltaService.where(filter, this.params, "c");
		this.whereEarlier = DeltaService.where(filter, this.params, "p");
	}

	/** A claim's place in series order. */
	record Position(String subjectKey, String category, LocalDate statedOn, OffsetDateTime createdAt, UUID id) {
	}

	@Override
	public Chunk<Position> next(Position after, int limit) {
		String sql = "select coalesce(s.subject, c.subject) as series_subject, c.subject_key, c.category,"
				+ " c.stated_on, c.created_at, " + ClaimPoints.columns("c") + ", " + ClaimPoints.columns("p")
				+ " from claims c cross join lateral (select * from claims p where p.status = 'active'"
				+ " and p.subject_key = c.subject_key and p.category = c.category" + this.whereEarlier
				+ " and (p.stated_on, p.created_at, p.id) < (c.stated_on, c.created_at, c.id)"
				+ " order by p.stated_on desc, p.created_at desc, p.id desc limit 1) p"
				+ " left join series s on s.subject_key = c.subject_key and s.category = c.category"
				+ " where c.status = 'active'" + this.whereLater
				+ ((after != null) ? " and (c.subject_key, c.category, c.stated_on, c.created_at, c.id)"
						+ " > (:afterKey, :afterCategory, :afterStatedOn, :afterCreatedAt, :afterId)" : "")
				+ " order by c.subject_key, c.category, c.stated_on, c.created_at, c.id limit :limit";
		Position[] last = { after };
		List<DeltaResponse> rows = new ArrayList<>();
		this.jdbc.sql(sql).params(this.params).params(positionParams(after)).param("limit", limit).query((rs) -> {
			rows.add(DeltaResponse.of(rs.getString("series_subject"), ClaimPoints.category(rs, "category"),
					DeltaCalculator.between(ClaimPoints.read(rs, "p"), ClaimPoints.read(rs, "c"))));
			last[0] = new Position(rs.getString("subject_key"), rs.getString("category"),
					rs.getObject("stated_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("c_id", UUID.class));
		});
		return new Chunk<>(rows, last[0]);
	}

	private static Map<String, Object> positionParams(Position after) {
		if (after == null) {
			return Map.of();
		}
		return Map.of("afterKey", after.subjectKey(), "afterCategory", after.category(), "afterStatedOn",
				after.statedOn(), "afterCreatedAt", after.createdAt(), "afterId", after.id());
	}

}
