package org.casualtyclaims.analysis;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;

/**
 * The latest active claim of each of two categories of a subject, in series order (the
 * last by {@code statedOn}, then {@code createdAt}, then id), each read backwards along
 * the series-order index, paired in one query.
 */
@Component
class Ratios {

	private static final String LATEST = """
			select * from claims
			where subject_key = :subjectKey and category = :%s and status = 'active'
			order by stated_on desc, created_at desc, id desc
			limit 1""";

	private static final String PAIR = "select n.subject, " + ClaimSide.columns("n") + ", " + ClaimSide.columns("d")
			+ " from (" + LATEST.formatted("numerator") + ") n cross join (" + LATEST.formatted("denominator") + ") d";

	private final JdbcClient jdbc;

	Ratios(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The ratio, or empty when the subject has no active claim of either category. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Optional<RatioResponse> of(String subject, Category numerator, Category denominator) {
		return this.jdbc.sql(PAIR)
			.param("subjectKey", SubjectKey.of(subject).value())
			.param("numerator", numerator.wireName())
			.param("denominator", denominator.wireName())
			.query((rs, row) -> RatioResponse.of(rs.getString("subject"), numerator, denominator,
					ClaimSide.read(rs, "n"), ClaimSide.read(rs, "d")))
			.optional();
	}

}
