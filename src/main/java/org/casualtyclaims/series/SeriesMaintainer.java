package org.casualtyclaims.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.persistence.PreCommitStatements;

/**
 * Keeps the {@code series} table true in the transaction of every claim write, so the
 * claim and its series commit or roll back together and no reader ever sees one without
 * the other.
 * <p>
 * The changes of a transaction are collected and applied just before it commits (sent
 * with the other features' statements, see {@link PreCommitStatements}), in one statement
 * when it only created claims (a single POST or a whole report: the new claims are merged
 * into their series rows, see {@link SeriesStatements}), else by a recount of every
 * series it touched. Writes to different series share no row, so they run in parallel;
 * writes to one series wait on its row, never on each other's claims.
 */
@Component
class SeriesMaintainer {

	/**
	 * First among the statements sent before commit: the alert matching
	 * (alert/AlertMatcher) reads the series order only once the locks taken here are
	 * held.
	 */
	static final int PRE_COMMIT_ORDER = 100;

	// the merge sends every new claim in one set of arrays: a million-row import would
	// need hundreds of MB for them, while the recount's arrays are one entry per series
	private static final int MAX_MERGED = 50_000;

	private final PreCommitStatements preCommit;

	SeriesMaintainer(PreCommitStatements preCommit) {
		this.preCommit = preCommit;
	}

	@EventListener
	void on(ClaimChanged event) {
		Changes changes = this.preCommit.collect(this, PRE_COMMIT_ORDER, Changes::new, SeriesMaintainer::bringUpToDate);
		changes.series.add(new SeriesKey(event.subjectKey(), event.category()));
		// a replacement can move a claim between series: both change
		if (event.previousSubjectKey() != null && event.previousCategory() != null) {
			changes.series.add(new SeriesKey(event.previousSubjectKey(), event.previousCategory()));
		}
		if (event.kind() == ClaimChanged.Kind.CREATED) {
			// past the bound the series are recounted: no need to hold the claims
			if (changes.created.size() <= MAX_MERGED) {
				changes.created.add(new SeriesStatements.NewClaim(event.claimId(), event.subjectKey(), event.category(),
						event.subject(), event.statedOn(), event.createdAt()));
			}
		}
		else {
			changes.onlyCreated = false;
		}
	}

	private static void bringUpToDate(Changes changes, PreCommitStatements.Batch batch) {
		if (changes.onlyCreated && changes.created.size() <= MAX_MERGED) {
			SeriesStatements.add(changes.created, batch);
		}
		else {
			// a recount of everything touched, not a recount here and a merge there: one
			// statement takes all the locks, in order, so mixed writers cannot deadlock
			SeriesStatements.recount(changes.series, batch);
		}
	}

	/** What one transaction changed. */
	private static final class Changes {

		final Set<SeriesKey> series = new TreeSet<>();

		final List<SeriesStatements.NewClaim> created = new ArrayList<>();

		boolean onlyCreated = true;

	}

}
