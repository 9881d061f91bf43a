package org.casualtyclaims.delta;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.casualtyclaims.claim.Category;
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
	private static final String PAGE = "select s.subject, s.category, " + ClaimPoints.columns("l") + ", "
			+ ClaimPoints.columns("p") + " from series s join claims l on l.id = s.latest_claim_id"
			+ " join claims p on p.id = s.previous_claim_id where s.claim_count >= 2";

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

	/** The page as JSON, for {@link org.casualtyclaims.web.CachedReads} to keep. */
	public byte[] render(Query query) {
		return this.json.writeValueAsBytes(this.snapshot.execute((status) -> read(query)));
	}

	private PageResponse<DeltaResponse> read(Query query) {
		String where = query.where();
		String category = (query.category() != null) ? query.category().wireName() : null;
		List<DeltaResponse> content = this.jdbc.sql(PAGE + where + ORDER)
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
				: this.jdbc.sql("select count(*) from series s where s.claim_count >= 2" + where)
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
