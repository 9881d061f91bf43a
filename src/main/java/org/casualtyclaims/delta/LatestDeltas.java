package org.casualtyclaims.delta;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimsAsOf;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.persistence.PagedReads;
import org.casualtyclaims.web.PageResponse;

/**
 * The feed dashboards poll: the newest delta of every series with two or more claims,
 * most recently moved first, as a page that {@link org.casualtyclaims.web.CachedReads}
 * keeps as ready-to-send bytes until the next write anywhere, on this instance or
 * another: a poll is a map lookup, and a matching {@code If-None-Match} not even a copy.
 */
@Component
public class LatestDeltas {

	// newest two claims of each series come from the series row: one join per delta shown
	private static final String PAGE = page("series", "claims");

	// the same over the series and claims as they stood at :asOf
	private static final String PAGE_AS_OF = "with " + ClaimsAsOf.CTES + " " + page("series_at", "claims_at");

	private static final String COUNT = "select count(*) from %s s where s.claim_count >= 2";

	private static final String ORDER = " order by s.latest_stated_on desc, s.subject_key, s.category";

	private final PagedReads pages;

	LatestDeltas(PagedReads pages) {
		this.pages = pages;
	}

	private static String page(String series, String claims) {
		return "select s.subject, s.category, " + ClaimPoints.columns("l") + ", " + ClaimPoints.columns("p") + " from "
				+ series + " s join " + claims + " l on l.id = s.latest_claim_id join " + claims
				+ " p on p.id = s.previous_claim_id where s.claim_count >= 2";
	}

	/** The page now, for {@link org.casualtyclaims.web.CachedReads} to keep. */
	public PageResponse<DeltaResponse> page(Query query) {
		return page(query, null);
	}

	/**
	 * The page as the claims stood at {@code asOf}
	 * ({@link org.casualtyclaims.claim.ClaimsAsOf}), or now when it is null.
	 */
	public PageResponse<DeltaResponse> page(Query query, Instant asOf) {
		String where = query.where();
		Map<String, Object> params = new HashMap<>();
		params.put("key", query.subjectKey());
		params.put("category", (query.category() != null) ? query.category().wireName() : null);
		if (asOf != null) {
			ClaimsAsOf.bind(params, asOf);
		}
		// the count runs along the partial index of series with two claims or more
		String count = (asOf != null) ? "with " + ClaimsAsOf.CTES + " " + COUNT.formatted("series_at")
				: COUNT.formatted("series");
		return PageResponse.of(this.pages.read(((asOf != null) ? PAGE_AS_OF : PAGE) + where + ORDER, count + where,
				params, query.page(), query.size(),
				(rs, row) -> DeltaResponse.of(rs.getString("subject"), ClaimPoints.category(rs, "category"),
						DeltaCalculator.between(ClaimPoints.read(rs, "p"), ClaimPoints.read(rs, "l")))));
	}

	/** What a client asked for: optional subject and category, a page of a size. */
	public record Query(String subjectKey, Category category, int page, int size) {

		public static Query of(String subject, Category category, int page, int size) {
			String key = (subject != null && !subject.isBlank()) ? SubjectKey.of(subject).value() : null;
			return new Query(key, category, page, size);
		}

		String where() {
			return ((this.subjectKey != null) ? " and s.subject_key = :key" : "")
					+ ((this.category != null) ? " and s.category = :category" : "");
		}

	}

}
