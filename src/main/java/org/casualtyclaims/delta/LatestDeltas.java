package org.casualtyclaims.delta;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimsAsOf;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.persistence.ReadSnapshots;
import org.casualtyclaims.web.PageResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The feed dashboards poll: the newest delta of every series with two or more claims,
 * most recently moved first, rendered as ready-to-send bytes that
 * {@link org.casualtyclaims.web.CachedReads} keeps until the next write anywhere, on this
 * instance or another: a poll is a map lookup, and a matching {@code If-None-Match} not
 * even a copy.
 */
@Component
public class LatestDeltas {

	// newest two claims of each series come from the series row: one join per delta shown
	private static final String PAGE = page("series", "claims");

	// the same over the series and claims as they stood at :asOf
	private static final String PAGE_AS_OF = "with " + ClaimsAsOf.CTES + " " + page("series_at", "claims_at");

	private static final String COUNT = "select count(*) from %s s where s.claim_count >= 2";

	private static final String ORDER = " order by s.latest_stated_on desc, s.subject_key, s.category"
			+ " limit :limit offset :offset";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate snapshot;

	LatestDeltas(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.json = json;
		// page and total from one snapshot
		this.snapshot = ReadSnapshots.of(transactions);
	}

	private static String page(String series, String claims) {
		return "select s.subject, s.category, " + ClaimPoints.columns("l") + ", " + ClaimPoints.columns("p") + " from "
				+ series + " s join " + claims + " l on l.id = s.latest_claim_id join " + claims
				+ " p on p.id = s.previous_claim_id where s.claim_count >= 2";
	}

	/** The page as JSON, for {@link org.casualtyclaims.web.CachedReads} to keep. */
	public byte[] render(Query query) {
		return this.json.writeValueAsBytes(this.snapshot.execute((status) -> read(query, null)));
	}

	/**
	 * The page as the claims stood at {@code asOf}
	 * ({@link org.casualtyclaims.claim.ClaimsAsOf}), as JSON; not for caching.
	 */
	public byte[] render(Query query, Instant asOf) {
		return this.json.writeValueAsBytes(this.snapshot.execute((status) -> read(query, asOf)));
	}

	private PageResponse<DeltaResponse> read(Query query, Instant asOf) {
		String where = query.where();
		String category = (query.category() != null) ? query.category().wireName() : null;
		Map<String, Object> asOfParams = (asOf != null) ? ClaimsAsOf.bind(new HashMap<>(), asOf) : Map.of();
		List<DeltaResponse> content = this.jdbc.sql(((asOf != null) ? PAGE_AS_OF : PAGE) + where + ORDER)
			.params(asOfParams)
			.param("key", query.subjectKey())
			.param("category", category)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, row) -> DeltaResponse.of(rs.getString("subject"), ClaimPoints.category(rs, "category"),
					DeltaCalculator.between(ClaimPoints.read(rs, "p"), ClaimPoints.read(rs, "l"))))
			.list();
		// a short page that is not past the end tells the total; otherwise count (along
		// the partial index)
		boolean shortPage = content.size() < query.size() && (query.page() == 0 || !content.isEmpty());
		long total = shortPage ? (long) query.page() * query.size() + content.size()
				: this.jdbc
					.sql(((asOf != null) ? "with " + ClaimsAsOf.CTES + " " + COUNT.formatted("series_at")
							: COUNT.formatted("series")) + where)
					.params(asOfParams)
					.param("key", query.subjectKey())
					.param("category", category)
					.query(Long.class)
					.single();
		return PageResponse.of(content, query.size(), query.page(), total);
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
