package org.casualtyclaims.change;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.persistence.PreCommitStatements;

/**
 * Collects the series each writing transaction changes and, once it ended, hands them to
 * the {@link NotificationSender}: the NOTIFY goes out after the commit, so no instance
 * hears of a change it cannot yet read, and outside the transaction, so commits do not
 * queue on PostgreSQL's notification lock. Just before committing, the transaction takes
 * a number from {@code change_event_ids}; a listener that sees the sequence move without
 * a notification covering the number knows a change was missed.
 */
@Component
class ChangeNotifier {

	static final String CHANNEL = "claims_changed";

	private static final int PRE_COMMIT_ORDER = Integer.MAX_VALUE;

	private final PreCommitStatements preCommit;

	private final NotificationSender sender;

	ChangeNotifier(PreCommitStatements preCommit, NotificationSender sender) {
		this.preCommit = preCommit;
		this.sender = sender;
	}

	@EventListener
	void claimChanged(ClaimChanged change) {
		Set<SeriesRef> series = transactionOf().series;
		series.add(new SeriesRef(change.subjectKey(), change.category()));
		if (change.previousSubjectKey() != null) {
			series.add(new SeriesRef(change.previousSubjectKey(), change.previousCategory()));
		}
	}

	// the number is the last of the statements sent before commit, after the series
	// upkeep (which can take seconds for a large report): it is handed out moments before
	// the commit, and the notification follows within the listeners' grace period
	private Written transactionOf() {
		return this.preCommit.collect(this, PRE_COMMIT_ORDER, this::newTransaction,
				(written, batch) -> batch.query("select nextval('change_event_ids')", (rows) -> {
					rows.next();
					written.id = rows.getLong(1);
				}));
	}

	private Written newTransaction() {
		Written fresh = new Written();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				if (fresh.id != null) {
					// a rolled-back number is announced too, with no series, so that
					// listeners do not wait for it
					ChangeNotifier.this.sender.submit(fresh.id, (status == STATUS_COMMITTED) ? fresh.series : Set.of());
				}
			}

		});
		return fresh;
	}

	private static final class Written {

		final Set<SeriesRef> series = new LinkedHashSet<>();

		Long id;

	}

}
