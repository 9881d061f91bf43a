package org.casualtyclaims.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import org.casualtyclaims.claim.SubjectKey;

/**
 * Runs {@code bench/check-series.sql}, the recount the benchmark prints after its load,
 * over the series of subjects starting with a prefix: every row it answers is a series
 * the write path left wrong.
 */
public final class SeriesCheck {

	private static final Path QUERY = Path.of("bench", "check-series.sql");

	private SeriesCheck() {
	}

	// JdbcTemplate: positional parameters leave the query's array slices ([1:2]) alone
	public static List<Map<String, Object>> mismatches(JdbcTemplate jdbc, String subjectPrefix) {
		return jdbc.queryForList("select * from (" + query() + ") mismatch where subject_key like ?",
				SubjectKey.of(subjectPrefix).value() + "%");
	}

	private static String query() {
		try {
			String sql = Files.readString(QUERY).strip();
			return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + QUERY.toAbsolutePath(), ex);
		}
	}

}
