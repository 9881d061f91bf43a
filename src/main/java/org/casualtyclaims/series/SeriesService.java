package org.casualtyclaims.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimsAsOf;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.delta.ClaimPoint;
import org.casualtyclaims.delta.ClaimPoints;
import org.casualtyclaims.delta.DeltaCalculator;
import org.casualtyclaims.delta.DeltaResponse;
import org.casualtyclaims.persistence.PagedReads;
import org.casualtyclaims.web.PageResponse;

/**
 * Reads series from the {@code series} table that {@link SeriesMaintainer} keeps, so a
 * page costs its own rows (along series_by_moved), not a pass over the claims.
 */
@Service
public class SeriesService {

	static final String PAGE = page("series", "claims");

	// the same over the series and claims as they stood at :asOf
	private static final String PAGE_AS_OF = "with " + ClaimsAsOf.CTES + " " + page("series_at", "claims_at");

	private static final String COUNT = "select count(*) from %s s where s.claim_count > 0";

	private static final String ORDER = " order by s.latest_stated_on desc, s.subject_key, s.category";

	private final JdbcClient jdbc;

	private final PagedReads pages;

	SeriesService(JdbcClient jdbc, PagedReads pages) {
		this.jdbc = jdbc;
		this.pages = pages;
	}

	private static String page(String series, String claims) {
		return "select s.subject, s.category, s.claim_count, s.first_stated_on, s.subject_key, s.latest_stated_on, "
				+ ClaimPoints.columns("l") + ", " + ClaimPoints.columns("p") + " from " + series + " s join " + claims
				+ " l on l.id = s.latest_claim_id left join " + claims
				+ " p on p.id = s.previous_claim_id where s.claim_count > 0";
	}

	/**
	 * The series that moved most recently first, ties by subject, then category, for
	 * {@link org.casualtyclaims.web.CachedReads} to keep, like
	 * {@link org.casualtyclaims.delta.LatestDeltas}.
	 */
	public PageResponse<SeriesResponse> page(String subject, Category category, int page, int size) {
		return page(subject, category, page, size, null);
	}

	/**
	 * The page as the claims stood at {@code asOf}
	 * ({@link org.casualtyclaims.claim.ClaimsAsOf}), or now when it is null.
	 */
	public PageResponse<SeriesResponse> page(String subject, Category category, int page, int size, Instant asOf) {
		String key = (subject != null && !subject.isBlank()) ? SubjectKey.of(subject).value() : null;
		Map<String, Object> params = new HashMap<>();
		String where = where(key, category, params);
		if (asOf != null) {
			ClaimsAsOf.bind(params, asOf);
		}
		String count = (asOf != null) ? "with " + ClaimsAsOf.CTES + " " + COUNT.formatted("series_at")
				: COUNT.formatted("series");
		return PageResponse.of(this.pages.read(((asOf != null) ? PAGE_AS_OF : PAGE) + where + ORDER, count + where,
				params, page, size, (rs, row) -> response(rs)));
	}

	/** One series as a client sees it, or empty when it has no active claim left. */
	public Optional<SeriesResponse> find(String subjectKey, Category category) {
		Map<String, Object> params = new HashMap<>();
		String where = where(subjectKey, category, params);
		return this.jdbc.sql(PAGE + where + ORDER + " limit 1")
			.params(params)
			.query((rs, row) -> response(rs))
			.optional();
	}

	private static String where(String key, Category category, Map<String, Object> params) {
		params.put("key", key);
		params.put("category", (category != null) ? category.wireName() : null);
		return ((key != null) ? " and s.subject_key = :key" : "")
				+ ((category != null) ? " and s.category = :category" : "");
	}

	/** A row selected by {@link #PAGE}, as clients see it. */
	static SeriesResponse response(ResultSet rs) throws SQLException {
		String seriesSubject = rs.getString("subject");
		Category seriesCategory = ClaimPoints.category(rs, "category");
		ClaimPoint latest = ClaimPoints.read(rs, "l");
		ClaimPoint previous = ClaimPoints.read(rs, "p");
		DeltaResponse delta = (previous != null)
				? DeltaResponse.of(seriesSubject, seriesCategory, DeltaCalculator.between(previous, latest)) : null;
		return new SeriesResponse(seriesSubject, seriesCategory, rs.getInt("claim_count"),
				rs.getObject("first_stated_on", LocalDate.class), DeltaResponse.Side.of(latest), delta);
	}

	/**
	 * Each subject in use once, as its most recently moved series spells it, in subject
	 * order; the first {@code maxListed} of them.
	 */
	@Transactional(readOnly = true)
	public List<String> subjects(int maxListed) {
		return this.jdbc.sql("""
				select distinct on (subject_key) subject from series where claim_count > 0
				order by subject_key, latest_stated_on desc, category
				limit :max
				""").param("max", maxListed).query(String.class).list();
	}

}
