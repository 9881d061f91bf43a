package org.casualtyclaims.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.casualtyclaims.web.FieldProblem;

/**
 * The claims of an import waiting to be stored, one batch at a time. An id the file gives
 * must be new: one already stored (by anyone, or earlier in the same file) or repeated in
 * the batch is the row's error, found before the insert, so a duplicate never aborts the
 * transaction.
 */
@Component
class ImportBatches {

	private final ClaimInserts inserts;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	ImportBatches(ClaimInserts inserts, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.inserts = inserts;
		this.jdbc = jdbc;
		this.events = events;
	}

	Batch start(String writer) {
		return new Batch(writer);
	}

	/** The row number in a problem's field, {@code rows[12].id} → 12. */
	static long rowOf(FieldProblem problem) {
		String field = problem.field();
		if (!field.startsWith("rows[")) {
			return -1;
		}
		return Long.parseLong(field.substring(5, field.indexOf(']')));
	}

	/** Claims read but not yet stored, with their row numbers. */
	final class Batch {

		private final String writer;

		private final List<Claim> claims = new ArrayList<>();

		private final List<Long> rows = new ArrayList<>();

		private Batch(String writer) {
			this.writer = writer;
		}

		void add(Claim claim, long row) {
			this.claims.add(claim);
			this.rows.add(row);
		}

		int size() {
			return this.claims.size();
		}

		/**
		 * Stores the batch (when {@code store}) less the rows whose id is taken, which go
		 * to {@code problems}; answers how many were stored.
		 */
		int flush(boolean store, List<FieldProblem> problems) {
			if (this.claims.isEmpty()) {
				return 0;
			}
			Set<UUID> taken = new HashSet<>(ImportBatches.this.jdbc.queryForList(
					"select id from claims where id in (select unnest(?::uuid[]))", UUID.class,
					(Object) this.claims.stream().map((c) -> c.getId().toString()).toArray(String[]::new)));
			List<Claim> fresh = new ArrayList<>(this.claims.size());
			for (int i = 0; i < this.claims.size(); i++) {
				Claim claim = this.claims.get(i);
				if (!taken.add(claim.getId())) {
					problems.add(new FieldProblem("rows[" + this.rows.get(i) + "].id",
							"a claim with this id exists already"));
				}
				else {
					fresh.add(claim);
				}
			}
			this.claims.clear();
			this.rows.clear();
			if (!store || fresh.isEmpty()) {
				return 0;
			}
			ImportBatches.this.inserts.insert(fresh, this.writer);
			fresh.forEach((claim) -> ImportBatches.this.events.publishEvent(ClaimChanged.created(claim)));
			return fresh.size();
		}

	}

}
