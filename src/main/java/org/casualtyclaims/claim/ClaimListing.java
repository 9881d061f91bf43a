package org.casualtyclaims.claim;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.web.PageResponse;

/**
 * GET /claims as SQL and rows straight into responses, each filter on an index, without
 * building a criteria query, translating it and hydrating entities on every request
 * (measured: most of a listing's cost). The count is skipped when the page itself tells
 * the total.
 */
@Component
class ClaimListing {

	private static final String COLUMNS = ClaimRows.COLUMNS;

	// entity properties a client may sort by (ClaimController.SORT_FIELDS), as columns
	private static final Map<String, String> SORT_COLUMNS = Map.of("content.statedOn", "stated_on", "content.figure",
			"figure", "createdAt", "created_at", "updatedAt", "updated_at", "id", "id");

	private final JdbcClient jdbc;

	ClaimListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<ClaimResponse> page(ClaimFilter filter, Pageable pageable) {
		return page(filter, pageable, null);
	}

	/**
	 * The page as the claims stood at {@code asOf} ({@link ClaimsAsOf}), or as they are
	 * now when it is null.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<ClaimResponse> page(ClaimFilter filter, Pageable pageable, Instant asOf) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		String select = (asOf != null) ? "with " + ClaimsAsOf.CTES + " select " : "select ";
		// named claims, so the shared column list (ClaimRows) reads the rebuilt rows
		String from = (asOf != null) ? " from claims_at as claims" : " from claims";
		if (asOf != null) {
			ClaimsAsOf.bind(params, asOf);
		}
		List<ClaimResponse> content = this.jdbc
			.sql(select + COLUMNS + from + where + orderBy(pageable.getSort()) + " limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> ClaimRows.response(rs))
			.list();
		boolean shortPage = content.size() < pageable.getPageSize()
				&& (pageable.getOffset() == 0 || !content.isEmpty());
		long total = shortPage ? pageable.getOffset() + content.size()
				: this.jdbc.sql(select + "count(*)" + from + where).params(params).query(Long.class).single();
		return PageResponse.of(content, pageable.getPageSize(), pageable.getPageNumber(), total);
	}

	static String where(ClaimFilter filter, Map<String, Object> params) {
		return " where true" + filter.toCriteria().sql("", params);
	}

	private static String orderBy(Sort sort) {
		StringBuilder order = new StringBuilder();
		for (Sort.Order each : sort) {
			String column = SORT_COLUMNS.get(each.getProperty());
			if (column == null) {
				throw new IllegalArgumentException("No column for sort property " + each.getProperty());
			}
			order.append(order.isEmpty() ? " order by " : ", ")
				.append(column)
				.append(each.isAscending() ? " asc" : " desc");
		}
		return order.toString();
	}

}
