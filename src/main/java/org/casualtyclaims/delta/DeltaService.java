package org.casualtyclaims.delta;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimNotFoundException;
import org.casualtyclaims.claim.ClaimsAsOf;
import org.casualtyclaims.web.NotFoundException;
import org.casualtyclaims.web.PageResponse;

/** Loads claim points in series order and hands them to {@link DeltaCalculator}. */
@Service
public class DeltaService {

	private static final String SERIES_ORDER = " order by c.stated_on, c.created_at, c.id";

	private final JdbcClient jdbc;

	DeltaService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the consecutive deltas of every matching series, series by series
	 * (subject key, then category), each oldest first: the n-th delta overall is the pair
	 * of a claim and the claim before it in its series. Page and total come from one
	 * snapshot, and the page is whole before the transaction ends, so no connection waits
	 * on a client reading the answer.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<DeltaResponse> deltas(DeltaFilter filter, PageRequest paging) {
		return deltas(filter, paging, null);
	}

	/**
	 * The page as the claims stood at {@code asOf}
	 * ({@link org.casualtyclaims.claim.ClaimsAsOf}): the same SQL over the claims and
	 * series of then, so the figures are those served then. Now when {@code asOf} is
	 * null.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<DeltaResponse> deltas(DeltaFilter filter, PageRequest paging, Instant asOf) {
		Map<String, Object> params = new HashMap<>();
		String where = filter.toCriteria().sql("c", params);
		int size = paging.getPageSize();
		int page = paging.getPageNumber();
		String with = "with ";
		String claims = "claims";
		String series = "series";
		if (asOf != null) {
			with = "with " + ClaimsAsOf.CTES + ", ";
			claims = "claims_at";
			series = "series_at";
			ClaimsAsOf.bind(params, asOf);
		}
		List<DeltaResponse> content = this.jdbc
			.sql(with + "pairs as (select c.id, c.subject_key, c.category, c.stated_on, c.created_at,"
					+ " lag(c.id) over (partition by c.subject_key, c.category" + SERIES_ORDER + ") as previous_id"
					+ " from " + claims + " c where true" + where + "),"
					+ " page as (select * from pairs where previous_id is not null"
					+ " order by subject_key, category, stated_on, created_at, id limit :limit offset :offset)"
					+ " select coalesce(s.subject, c.subject) as series_subject, t.category, "
					+ ClaimPoints.columns("c") + ", " + ClaimPoints.columns("p") + " from page t join " + claims
					+ " c on c.id = t.id join " + claims + " p on p.id = t.previous_id"
					// left join: a bulk load awaiting rebuild_series() still has its
					// deltas
					+ " left join " + series + " s on s.subject_key = t.subject_key and s.category = t.category"
					+ " order by t.subject_key, t.category, t.stated_on, t.created_at, t.id")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> DeltaResponse.of(rs.getString("series_subject"), ClaimPoints.category(rs, "category"),
					DeltaCalculator.between(ClaimPoints.read(rs, "p"), ClaimPoints.read(rs, "c"))))
			.list();
		// a short page that is not past the end tells the total; otherwise count: each
		// series of n matching claims has n - 1 deltas (grouping, 1.1 s at 1M claims, not
		// count(distinct (key, category)), which sorts every row: 5.7 s)
		boolean shortPage = content.size() < size && (page == 0 || !content.isEmpty());
		long total = shortPage ? (long) page * size + content.size()
				: this.jdbc
					.sql(((asOf != null) ? "with " + ClaimsAsOf.CTES + " " : "")
							+ "select coalesce(sum(n - 1), 0) from (select count(*) as n from " + claims + " c"
							+ " where true" + where + " group by c.subject_key, c.category) g")
					.params(params)
					.query(Long.class)
					.single();
		return PageResponse.of(content, size, page, total);
	}

	/**
	 * The filter's conditions on the claims aliased {@code alias} (exports use it too).
	 */
	static String where(DeltaFilter filter, Map<String, Object> params, String alias) {
		return filter.toCriteria().sql(alias, params);
	}

	/**
	 * The delta between two claims of one series, in the order given. A retracted claim
	 * has left its series, so it has no deltas: 404, as for an unknown id.
	 */
	@Transactional(readOnly = true)
	public DeltaResponse between(UUID fromId, UUID toId) {
		StoredClaim from = load(fromId);
		StoredClaim to = load(toId);
		if (!from.subjectKey().equals(to.subjectKey()) || from.category() != to.category()) {
			throw new DifferentSeriesException("Claim " + fromId + " is in series (" + from.subjectKey() + ", "
					+ from.category().wireName() + ") and claim " + toId + " in (" + to.subjectKey() + ", "
					+ to.category().wireName() + "); a delta compares two claims of one series.");
		}
		return DeltaResponse.of(to.seriesSubject(), to.category(), DeltaCalculator.between(from.point(), to.point()));
	}

	private StoredClaim load(UUID id) {
		StoredClaim claim = this.jdbc
			.sql("select c.subject_key, c.category, c.status, coalesce(s.subject, c.subject) as series_subject, "
					+ ClaimPoints.columns("c")
					+ " from claims c left join series s on s.subject_key = c.subject_key and s.category = c.category"
					+ " where c.id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredClaim(rs.getString("subject_key"), ClaimPoints.category(rs, "category"),
					rs.getString("status"), rs.getString("series_subject"), ClaimPoints.read(rs, "c")))
			.optional()
			.orElseThrow(() -> new ClaimNotFoundException(id));
		if (!"active".equals(claim.status())) {
			throw new NotFoundException(
					"Claim " + id + " is retracted; retracted claims leave their series and have no deltas.");
		}
		return claim;
	}

	private record StoredClaim(String subjectKey, Category category, String status, String seriesSubject,
			ClaimPoint point) {
	}

}
