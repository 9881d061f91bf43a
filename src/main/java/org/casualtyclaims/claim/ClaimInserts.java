package org.casualtyclaims.claim;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import org.casualtyclaims.persistence.PreCommitStatements;

/**
 * Stores new claims in one statement, however many: a report of 500 claims is one
 * multi-row insert, not 500 round trips. The columns travel as one array each
 * ({@code text[]}, cast in SQL), so the statement text, and its plan, never change.
 * Claims created together share their report and writer.
 */
@Component
class ClaimInserts {

	private static final String INSERT = """
			insert into claims (id, subject, subject_key, category, figure, figure_low, figure_high, qualifier,
			                    speaker, source, source_url, stated_on, quote, report_id, status, version,
			                    created_at, created_by, updated_at, updated_by, stated_on_precision, supersedes)
			select id, subject, subject_key, category, figure, figure_low, figure_high, qualifier,
			       speaker, source, source_url, stated_on, quote, ?::uuid, 'active', 1,
			       created_at, created_by, created_at, ?::text, stated_on_precision, supersedes
			from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[],
			            ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::timestamptz[], ?::text[],
			            ?::text[], ?::uuid[])
			    as c (id, subject, subject_key, category, figure, figure_low, figure_high, qualifier,
			          speaker, source, source_url, stated_on, quote, created_at, created_by, stated_on_precision, supersedes)
			""";

	// first among the statements sent before commit, after the key check: the series
	// upkeep (series/SeriesMaintainer) and the alert match read the claims it stores
	private static final int PRE_COMMIT_ORDER = 50;

	private final JdbcTemplate jdbc;

	private final PreCommitStatements preCommit;

	ClaimInserts(JdbcTemplate jdbc, PreCommitStatements preCommit) {
		this.jdbc = jdbc;
		this.preCommit = preCommit;
	}

	/**
	 * Inserts claims just made by {@link Claim#createAll} with the statements the
	 * transaction sends at commit (see {@link PreCommitStatements}), saving the round
	 * trip of a statement of its own. For writes that do not read their claims back
	 * before committing: a single claim, a report.
	 */
	void insertAtCommit(List<Claim> claims, String writer) {
		this.preCommit.collect(this, PRE_COMMIT_ORDER, ArrayList<Inserted>::new, (inserts, batch) -> {
			for (Inserted inserted : inserts) {
				batch.update(INSERT, arguments(inserted.claims(), inserted.writer()));
			}
		}).add(new Inserted(claims, writer));
	}

	/**
	 * Inserts claims just made by {@link Claim#createAll} or {@link Claim#imported}: one
	 * report (or none) and one writer, who is {@code updated_by} even where an import
	 * kept another author as {@code created_by}.
	 */
	void insert(List<Claim> claims, String writer) {
		this.jdbc.update(INSERT, arguments(claims, writer));
	}

	private static Object[] arguments(List<Claim> claims, String writer) {
		Claim first = claims.get(0);
		// typed, so a null report id costs no round trip to ask the driver for its type
		SqlParameterValue reportId = new SqlParameterValue(Types.VARCHAR, Objects.toString(first.getReportId(), null));
		return new Object[] { reportId, writer, column(claims, Claim::getId),
				column(claims, (c) -> c.getContent().subject()), column(claims, Claim::getSubjectKey),
				column(claims, (c) -> c.getContent().category().wireName()),
				column(claims, (c) -> c.getContent().figure()), column(claims, (c) -> c.getContent().figureLow()),
				column(claims, (c) -> c.getContent().figureHigh()),
				column(claims, (c) -> c.getContent().qualifier().wireName()),
				column(claims, (c) -> c.getContent().speaker()), column(claims, (c) -> c.getContent().source()),
				column(claims, (c) -> c.getContent().sourceUrl()), column(claims, (c) -> c.getContent().statedOn()),
				column(claims, (c) -> c.getContent().quote()), column(claims, Claim::getCreatedAt),
				column(claims, Claim::getCreatedBy),
				column(claims, (c) -> c.getContent().statedOnPrecision().wireName()),
				column(claims, (c) -> c.getContent().supersedes()) };
	}

	private static String[] column(List<Claim> claims, Function<Claim, Object> field) {
		return claims.stream().map(field).map((value) -> Objects.toString(value, null)).toArray(String[]::new);
	}

	private record Inserted(List<Claim> claims, String writer) {
	}

}
