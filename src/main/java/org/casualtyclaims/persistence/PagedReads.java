package org.casualtyclaims.persistence;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a page of rows and their total from one snapshot, so a total never counts rows
 * the page did not see (or the other way round) while writers commit in between.
 * <p>
 * Two statements in one read-only REPEATABLE READ transaction, not one statement with
 * {@code count(*) over ()}: a window count makes PostgreSQL build every matching row,
 * joins included, before it can cut the page, so a page of 100 along an ordered index
 * would cost a pass over every series. Apart, the page stays a LIMIT scan along its
 * index, the count reads only the filtered table (along a partial index where there is
 * one), and a short page that is not past the end tells the total without any count. The
 * snapshot itself is free in PostgreSQL; what it adds is setting the isolation level and
 * a commit, and the callers run on a cache miss only.
 */
@Component
public class PagedReads {

	private final JdbcClient jdbc;

	private final TransactionTemplate snapshot;

	PagedReads(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = ReadSnapshots.of(transactions);
	}

	/**
	 * Page {@code page} of {@code size} rows of {@code select} (which ends in its
	 * {@code order by}; the limit and offset are added here) and the number of rows
	 * {@code count} counts, both with {@code params}. Joins a transaction already
	 * running, which then decides the isolation.
	 */
	public <T> RowPage<T> read(String select, String count, Map<String, ?> params, int page, int size,
			RowMapper<T> rows) {
		return this.snapshot.execute((status) -> {
			List<T> items = this.jdbc.sql(select + " limit :limit offset :offset")
				.params(params)
				.param("limit", size)
				.param("offset", (long) page * size)
				.query(rows)
				.list();
			// a short page that is not past the end tells the total
			boolean shortPage = items.size() < size && (page == 0 || !items.isEmpty());
			long total = shortPage ? (long) page * size + items.size()
					: this.jdbc.sql(count).params(params).query(Long.class).single();
			return new RowPage<>(items, total, page, size);
		});
	}

}
