package org.casualtyclaims.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.casualtyclaims.web.WireEnum;

/**
 * A claims row read by plain SQL, as the response the API sends; shared by the SQL reads.
 */
final class ClaimRows {

	static final String COLUMNS = "id, subject, category, figure, figure_low, figure_high, qualifier, speaker,"
			+ " source, source_url, stated_on, quote, report_id, status, retraction_reason, version, created_at,"
			+ " updated_at, created_by, stated_on_precision, supersedes, " + ConsistencyFlags.flagsOf("claims.id")
			+ " as flags";

	private ClaimRows() {
	}

	static ClaimResponse response(ResultSet rs) throws SQLException {
		return new ClaimResponse(rs.getObject("id", UUID.class), rs.getString("subject"),
				WireEnum.fromWireName(Category.class, rs.getString("category")), rs.getLong("figure"),
				rs.getObject("figure_low", Long.class), rs.getObject("figure_high", Long.class),
				WireEnum.fromWireName(Qualifier.class, rs.getString("qualifier")), rs.getString("speaker"),
				rs.getString("source"), rs.getString("source_url"), rs.getObject("stated_on", LocalDate.class),
				rs.getString("quote"), rs.getObject("report_id", UUID.class),
				WireEnum.fromWireName(ClaimStatus.class, rs.getString("status")), rs.getString("retraction_reason"),
				rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
				WireEnum.fromWireName(StatedOnPrecision.class, rs.getString("stated_on_precision")),
				rs.getObject("supersedes", UUID.class), ConsistencyFlags.read(rs.getArray("flags")));
	}

}
