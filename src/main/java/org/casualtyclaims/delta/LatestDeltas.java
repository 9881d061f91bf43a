package org.casualtyclaims.delta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.web.ETags;
import org.casualtyclaims.web.PageResponse;

/**
 * The feed dashboards poll: the newest delta of every series with two or more
 * claims, most recently moved first. Its ETag is the data version plus the query, so
 * answering a matching {@code If-None-Match} costs one primary-key read and no JSON;
 * a response cache only needs to key bytes by {@link #tagFor}.
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

	private final DataVersion dataVersion;

	LatestDeltas(JdbcClient jdbc, DataVersion dataVersion) {
		this.jdbc = jdbc;
		this.dataVersion = dataVersion;
	}

	/**
	 * One page, or only its tag when {@code ifNoneMatch} names it. Repeatable read, so the
	 * page is exactly the data of the version its tag names.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Answer answer(Query query, String ifNoneMatch) {
		DataVersion.Snapshot snapshot = this.dataVersion.current();
		String tag = tagFor(snapshot.version(), query);
		if (ETags.ifNoneMatchMatches(ifNoneMatch, tag)) {
			return new Answer(tag, null);
		}
		return new Answer(tag, page(query, snapshot));
	}

	public static String tagFor(long version, Query query) {
		return "\"" + version + "-" + query.fingerprint() + "\"";
	}

	private PageResponse<DeltaResponse> page(Query query, DataVersion.Snapshot snapshot) {
		String where = query.where();
		List<DeltaResponse> content = this.jdbc.sql(PAGE + where + ORDER)
			.param("key", query.subjectKey())
			.param("category", (query.category() != null) ? query.category().wireName() : null)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, row) -> DeltaResponse.of(rs.getString("subject"), ClaimPoints.category(rs, "category"),
					DeltaCalculator.between(ClaimPoints.read(rs, "p"), ClaimPoints.read(rs, "l"))))
			.list();
		long total = where.isEmpty() ? snapshot.seriesWithDeltas() : this.jdbc
			.sql("select count(*) from series s where s.claim_count >= 2" + where)
			.param("key", query.subjectKey())
			.param("category", (query.category() != null) ? query.category().wireName() : null)
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

		// a subject may hold any character; an ETag may not, so the query goes in hashed
		String fingerprint() {
			String canonical = this.page + "\u001f" + this.size + "\u001f"
					+ ((this.category != null) ? this.category.wireName() : "") + "\u001f"
					+ ((this.subjectKey != null) ? "=" + this.subjectKey : "");
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest, 0, 8);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
			}
		}

	}

	/** The tag, and the page unless the client's copy is current. */
	public record Answer(String tag, PageResponse<DeltaResponse> page) {

		public boolean notModified() {
			return this.page == null;
		}

	}

}
