package org.casualtyclaims.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.WireEnum;

/**
 * Conflicting claims as one SQL query: the active claims of a series joined with the
 * later ones of the same series within {@code withinDays} (the series-order index,
 * {@code (subject_key, category, stated_on, …) where active}, serves both sides), kept
 * when the speakers differ (PostgreSQL {@code lower()}, as {@code speaker=} compares
 * them), the ranges do not overlap, and the figures differ by more than
 * {@code minDifferencePercent} of the smaller one. A range is the delta contract's:
 * {@code [figureLow, figureHigh]} or {@code [figure, figure]}, no upper end for
 * {@code at_least}, a lower end of 0 for {@code at_most}.
 */
@Component
class Conflicts {

	private static final String LOW = "(case when %1$s.qualifier = 'at_most' then 0 else coalesce(%1$s.figure_low, %1$s.figure) end)";

	private static final String HIGH = "(case when %1$s.qualifier = 'at_least' then null else coalesce(%1$s.figure_high, %1$s.figure) end)";

	private static final String PAGE = """
			select a.subject, a.category, %s, %s, b.stated_on - a.stated_on as days,
			       abs(a.figure - b.figure) as difference,
			       case when least(a.figure, b.figure) > 0
			            then round(abs(a.figure - b.figure) * 100::numeric / least(a.figure, b.figure), 2) end
			           as difference_percent,
			       count(*) over () as total
			from claims a
			join claims b on b.subject_key = a.subject_key and b.category = a.category and b.status = 'active'
			     and b.stated_on between a.stated_on and a.stated_on + :withinDays
			     -- the same window from a's side: either claim can then be found by the index
			     and a.stated_on between b.stated_on - :withinDays and b.stated_on
			     and (b.stated_on, b.id) > (a.stated_on, a.id)
			where a.status = 'active' %s
			  and lower(a.speaker) <> lower(b.speaker)
			  and (%s < %s or %s < %s)
			  and abs(a.figure - b.figure) * 100::numeric > :minDifferencePercent * least(a.figure, b.figure)
			order by b.stated_on desc, a.subject_key, a.category, a.stated_on desc, a.id, b.id
			limit :limit offset :offset
			""".formatted(ClaimSide.columns("a"), ClaimSide.columns("b"), "%s", HIGH.formatted("a"), LOW.formatted("b"),
			HIGH.formatted("b"), LOW.formatted("a"));

	private final JdbcClient jdbc;

	Conflicts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public PageResponse<ConflictResponse> page(int withinDays, BigDecimal minDifferencePercent, String subject,
			Category category, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		if (subject != null && !subject.isBlank()) {
			where.append(" and a.subject_key = :subjectKey");
			params.put("subjectKey", SubjectKey.of(subject).value());
		}
		if (category != null) {
			where.append(" and a.category = :category");
			params.put("category", category.wireName());
		}
		params.put("withinDays", withinDays);
		params.put("minDifferencePercent", minDifferencePercent);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { -1 };
		List<ConflictResponse> content = this.jdbc.sql(PAGE.formatted(where)).params(params).query((rs, row) -> {
			total[0] = rs.getLong("total");
			return new ConflictResponse(rs.getString("subject"),
					WireEnum.fromWireName(Category.class, rs.getString("category")), ClaimSide.read(rs, "a"),
					ClaimSide.read(rs, "b"), rs.getLong("days"), rs.getLong("difference"),
					Percentages.wire(rs.getBigDecimal("difference_percent")));
		}).list();
		if (total[0] < 0) {
			// past the last page the window count is gone: count only then
			total[0] = (pageable.getOffset() == 0) ? 0 : count(where.toString(), params);
		}
		return PageResponse.of(content, pageable.getPageSize(), pageable.getPageNumber(), total[0]);
	}

	private long count(String where, Map<String, Object> params) {
		String sql = "select count(*) from (" + PAGE.formatted(where).replace("limit :limit offset :offset", "")
				+ ") pairs";
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
