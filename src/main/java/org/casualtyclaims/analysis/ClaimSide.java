package org.casualtyclaims.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.web.WireEnum;

/**
 * One claim of a conflict or a ratio, as the series and delta responses summarize a
 * claim.
 */
public record ClaimSide(UUID id, long figure, Long figureLow, Long figureHigh, Qualifier qualifier, LocalDate statedOn,
		String speaker, String source) {

	/** The columns of the claim aliased {@code alias}, each prefixed {@code alias_}. */
	static String columns(String alias) {
		StringBuilder sql = new StringBuilder();
		for (String column : new String[] { "id", "figure", "figure_low", "figure_high", "qualifier", "stated_on",
				"speaker", "source" }) {
			sql.append(sql.isEmpty() ? "" : ", ").append(alias).append('.').append(column);
			sql.append(" as ").append(alias).append('_').append(column);
		}
		return sql.toString();
	}

	static ClaimSide read(ResultSet rs, String alias) throws SQLException {
		return new ClaimSide(rs.getObject(alias + "_id", UUID.class), rs.getLong(alias + "_figure"),
				rs.getObject(alias + "_figure_low", Long.class), rs.getObject(alias + "_figure_high", Long.class),
				WireEnum.fromWireName(Qualifier.class, rs.getString(alias + "_qualifier")),
				rs.getObject(alias + "_stated_on", LocalDate.class), rs.getString(alias + "_speaker"),
				rs.getString(alias + "_source"));
	}

	Ratio.Bounds bounds() {
		return Ratio.Bounds.of(this.figure, this.figureLow, this.figureHigh, this.qualifier);
	}

}
