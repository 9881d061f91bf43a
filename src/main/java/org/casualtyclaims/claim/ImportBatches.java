package org.casualtyclaims.claim;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
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
 * <p>
 * A row that names a claim it {@code supersedes} waits until the end of the file, as the
 * claim it names may come later (exports are in id order): {@link Batch#finish} then
 * stores, round by round, the waiting rows whose claim is stored by then, and refuses the
 * rest with the reason {@code POST /claims} would give.
 */
@Component
class ImportBatches {

	private final ClaimInserts inserts;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Supersessions supersessions;

	private final ConsistencyFlags flags;

	private final Clock clock;

	ImportBatches(ClaimInserts inserts, JdbcTemplate jdbc, ApplicationEventPublisher events,
			Supersessions supersessions, ConsistencyFlags flags, Clock clock) {
		this.inserts = inserts;
		this.jdbc = jdbc;
		this.events = events;
		this.supersessions = supersessions;
		this.flags = flags;
		this.clock = clock;
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

		private final List<Claim> waiting = new ArrayList<>();

		private final List<Long> waitingRows = new ArrayList<>();

		private Batch(String writer) {
			this.writer = writer;
		}

		void add(Claim claim, long row) {
			boolean supersedes = claim.getContent().supersedes() != null;
			(supersedes ? this.waiting : this.claims).add(claim);
			(supersedes ? this.waitingRows : this.rows).add(row);
		}

		/**
		 * Stores the rows that waited for the claim they supersede (when {@code store}):
		 * each round stores those whose claim is stored now, until a round stores none;
		 * the rest go to {@code problems}. Answers how many were stored.
		 */
		int finish(boolean store, List<FieldProblem> problems) {
			int stored = 0;
			boolean progress = true;
			while (!this.waiting.isEmpty() && progress) {
				List<FieldProblem> found = ImportBatches.this.supersessions.check(
						this.waiting.stream().map(Claim::getContent).toList(),
						this.waiting.stream().map(Claim::getId).toList(),
						(i) -> "rows[" + this.waitingRows.get(i) + "].supersedes");
				Set<Long> failed = new HashSet<>();
				Set<Long> missing = new HashSet<>();
				for (FieldProblem problem : found) {
					(problem.message().equals(Supersessions.NOT_FOUND) ? missing : failed).add(rowOf(problem));
				}
				List<Claim> stillWaiting = new ArrayList<>();
				List<Long> stillWaitingRows = new ArrayList<>();
				for (int i = 0; i < this.waiting.size(); i++) {
					long row = this.waitingRows.get(i);
					if (missing.contains(row)) {
						stillWaiting.add(this.waiting.get(i));
						stillWaitingRows.add(row);
					}
					else if (!failed.contains(row)) {
						this.claims.add(this.waiting.get(i));
						this.rows.add(row);
					}
				}
				found.stream().filter((problem) -> failed.contains(rowOf(problem))).forEach(problems::add);
				// nothing is stored when the import already failed: no later round can
				// help
				progress = store && !this.claims.isEmpty();
				stored += flush(store, problems);
				this.waiting.clear();
				this.waitingRows.clear();
				this.waiting.addAll(stillWaiting);
				this.waitingRows.addAll(stillWaitingRows);
			}
			if (store) {
				for (Long row : this.waitingRows) {
					problems.add(new FieldProblem("rows[" + row + "].supersedes", Supersessions.NOT_FOUND));
				}
			}
			this.waiting.clear();
			this.waitingRows.clear();
			return stored;
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
			ImportBatches.this.flags.recheck(fresh.stream().map(Claim::getContent).toList(),
					ImportBatches.this.clock.instant().truncatedTo(ChronoUnit.MICROS));
			fresh.forEach((claim) -> ImportBatches.this.events.publishEvent(ClaimChanged.created(claim)));
			return fresh.size();
		}

	}

}
