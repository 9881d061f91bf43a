package org.casualtyclaims.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.transfer.ChunkSource;

/**
 * The series of one export in the listing's order (most recently moved first, then
 * subject, then category), a chunk at a time along {@code series_by_moved}. A series that
 * moves while the export runs can change its place in that order, so it may be listed
 * twice or not at all; a mirror that needs every series reads {@code /series} again.
 */
class SeriesExport implements ChunkSource<SeriesExport.Position> {

	private final JdbcClient jdbc;

	private final String key;

	private final String category;

	SeriesExport(JdbcClient jdbc, String subject, Category category) {
		this.jdbc = jdbc;
		this.key = (subject != null && !subject.isBlank()) ? SubjectKey.of(subject).value() : null;
		this.category = (category != null) ? category.wireName() : null;
	}

	/** A series' place in the order. */
	record Position(LocalDate latestStatedOn, String subjectKey, String category) {
	}

	@Override
	public Chunk<Position> next(Position after, int limit) {
		String sql = SeriesService.PAGE + ((this.key != null) ? " and s.subject_key = :key" : "")
				+ ((this.category != null) ? " and s.category = :category" : "")
				+ ((after != null)
						? " and s.latest_stated_on <= :afterStatedOn and (s.latest_stated_on < :afterStatedOn"
								+ " or (s.subject_key, s.category) > (:afterKey, :afterCategory))"
						: "")
				+ " order by s.latest_stated_on desc, s.subject_key, s.category limit :limit";
		Position[] last = { after };
		List<SeriesResponse> rows = new ArrayList<>();
		this.jdbc.sql(sql)
			.param("key", this.key)
			.param("category", this.category)
			.param("afterStatedOn", (after != null) ? after.latestStatedOn() : null)
			.param("afterKey", (after != null) ? after.subjectKey() : null)
			.param("afterCategory", (after != null) ? after.category() : null)
			.param("limit", limit)
			.query((rs) -> {
				rows.add(SeriesService.response(rs));
				last[0] = new Position(rs.getObject("latest_stated_on", LocalDate.class), rs.getString("subject_key"),
						rs.getString("category"));
			});
		return new Chunk<>(rows, last[0]);
	}

}
