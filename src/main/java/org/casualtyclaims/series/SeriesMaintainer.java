package org.casualtyclaims.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;

/**
 * Keeps the {@code series} table true in the transaction of every claim write, so the
 * claim and its series commit or roll back together and no reader ever sees one without
 * the other.
 * <p>
 * The changes of a transaction are collected and applied just before it commits, in one
 * statement when it only created claims (a single POST or a whole report: the new claims
 * are merged into their series rows, see {@link SeriesStatements}), else by a recount of
 * every series it touched. Writes to different series share no row, so they run in
 * parallel; writes to one series wait on its row, never on each other's claims.
 */
@Component
class SeriesMaintainer {

	// the merge sends every new claim's id in one array: a million-row import would need
	// hundreds of MB for it, while the recount's arrays are one entry per series
	private static final int MAX_MERGED = 50_000;

	private final SeriesStatements statements;

	private final EntityManager entityManager;

	SeriesMaintainer(SeriesStatements statements, EntityManager entityManager) {
		this.statements = statements;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(ClaimChanged event) {
		Changes changes = changesOfThisTransaction();
		changes.series.add(new SeriesKey(event.subjectKey(), event.category()));
		// a replacement can move a claim between series: both change
		if (event.previousSubjectKey() != null && event.previousCategory() != null) {
			changes.series.add(new SeriesKey(event.previousSubjectKey(), event.previousCategory()));
		}
		if (event.kind() == ClaimChanged.Kind.CREATED) {
			changes.created.add(event.claimId());
		}
		else {
			changes.onlyCreated = false;
		}
	}

	private Changes changesOfThisTransaction() {
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
		if (changes != null) {
			return changes;
		}
		Changes fresh = new Changes();
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			// first: the alert matching (alert/AlertMatcher) reads the series order only
			// once the locks taken here are held
			@Override
			public int getOrder() {
				return Ordered.HIGHEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				bringUpToDate(fresh);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SeriesMaintainer.this);
			}

		});
		return fresh;
	}

	private void bringUpToDate(Changes changes) {
		// replacements and retractions may still wait in the persistence context
		this.entityManager.flush();
		if (changes.onlyCreated && changes.created.size() <= MAX_MERGED) {
			this.statements.add(changes.created);
		}
		else {
			// a recount of everything touched, not a recount here and a merge there: one
			// statement takes all the locks, in order, so mixed writers cannot deadlock
			this.statements.recount(changes.series);
		}
	}

	/** What one transaction changed. */
	private static final class Changes {

		final Set<SeriesKey> series = new TreeSet<>();

		final List<UUID> created = new ArrayList<>();

		boolean onlyCreated = true;

	}

}
