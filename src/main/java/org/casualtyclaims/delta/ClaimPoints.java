package org.casualtyclaims.delta;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;
import org.casualtyclaims.web.WireEnum;

/**
 * Reads claim points straight from SQL rows. Series reads are hand-written SQL, so the
 * columns a point needs are named once here, under a prefix per joined claim.
 */
public final class ClaimPoints {

	private ClaimPoints() {
	}

	/**
	 * The select list for the claim aliased {@code alias}, each column prefixed
	 * {@code alias_}.
	 */
	public static String columns(String alias) {
		StringBuilder sql = new StringBuilder();
		for (String column : new String[] { "id", "figure", "figure_low", "figure_high", "stated_on", "speaker",
				"source", "qualifier", "stated_on_precision", "supersedes" }) {
			if (!sql.isEmpty()) {
				sql.append(", ");
			}
			sql.append(alias).append('.').append(column).append(" as ").append(alias).append('_').append(column);
		}
		return sql.toString();
	}

	/**
	 * The point selected by {@link #columns(String)}, or {@code null} when the join found
	 * none.
	 */
	public static ClaimPoint read(ResultSet rs, String alias) throws SQLException {
		UUID id = rs.getObject(alias + "_id", UUID.class);
		if (id == null) {
			return null;
		}
		return new ClaimPoint(id, rs.getLong(alias + "_figure"), rs.getObject(alias + "_figure_low", Long.class),
				rs.getObject(alias + "_figure_high", Long.class), rs.getObject(alias + "_stated_on", LocalDate.class),
				rs.getString(alias + "_speaker"), rs.getString(alias + "_source"),
				WireEnum.fromWireName(Qualifier.class, rs.getString(alias + "_qualifier")),
				WireEnum.fromWireName(StatedOnPrecision.class, rs.getString(alias + "_stated_on_precision")),
				rs.getObject(alias + "_supersedes", UUID.class));
	}

	public static Category category(ResultSet rs, String column) throws SQLException {
		return WireEnum.fromWireName(Category.class, rs.getString(column));
	}

}
