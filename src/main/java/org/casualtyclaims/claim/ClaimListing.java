package org.casualtyclaims.claim;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import org.casualtyclaims.persistence.PagedReads;
import org.casualtyclaims.web.PageResponse;

/**
 * GET /claims as SQL and rows straight into responses, each filter on an index, without
 * building a criteria query, translating it and hydrating entities on every request
 * (measured: most of a listing's cost). Page and total come from one snapshot
 * ({@link PagedReads}), which skips the count when the page itself tells the total.
 */
@Component
class ClaimListing {

	private static final String COLUMNS = ClaimRows.COLUMNS;

	// entity properties a client may sort by (ClaimController.SORT_FIELDS), as columns
	private static final Map<String, String> SORT_COLUMNS = Map.of("content.statedOn", "stated_on", "content.figure",
			"figure", "createdAt", "created_at", "updatedAt", "updated_at", "id", "id");

	private final PagedReads pages;

	ClaimListing(PagedReads pages) {
		this.pages = pages;
	}

	public PageResponse<ClaimResponse> page(ClaimFilter filter, Pageable pageable) {
		return page(filter, pageable, null);
	}

	/**
	 * The page as the claims stood at {@code asOf} ({@link ClaimsAsOf}), or as they are
	 * now when it is null.
	 */
	public PageResponse<ClaimResponse> page(ClaimFilter filter, Pageable pageable, Instant asOf) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		String select = (asOf != null) ? "with " + ClaimsAsOf.CTES + " select " : "select ";
		// named claims, so the shared column list (ClaimRows) reads the rebuilt rows
		String from = (asOf != null) ? " from claims_at as claims" : " from claims";
		if (asOf != null) {
			ClaimsAsOf.bind(params, asOf);
		}
		return PageResponse.of(this.pages.read(select + COLUMNS + from + where + orderBy(pageable.getSort()),
				select + "count(*)" + from + where, params, pageable.getPageNumber(), pageable.getPageSize(),
				(rs, row) -> ClaimRows.response(rs)));
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
