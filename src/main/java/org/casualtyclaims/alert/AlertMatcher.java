package org.casualtyclaims.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;

/**
 * Turns the claim writes of a transaction into outbox rows, in that transaction, just
 * before it commits: the alert is stored exactly when its claim is. Every write path (a
 * claim, a report, a correction, a retraction) publishes {@link ClaimChanged}, so none is
 * missed. Matching is one statement for the whole transaction, however many claims and
 * subscriptions (see {@link AlertOutbox}).
 * <p>
 * It runs after the series upkeep, which locks the series rows the transaction wrote:
 * once those locks are held, a fresh statement sees every claim a concurrent writer to
 * the same series committed, so "the claim before" is the true one.
 */
@Component
class AlertMatcher {

	private final AlertOutbox outbox;

	private final EntityManager entityManager;

	AlertMatcher(AlertOutbox outbox, EntityManager entityManager) {
		this.outbox = outbox;
		this.entityManager = entityManager;
	}

	@EventListener
	void on(ClaimChanged event) {
		Map<UUID, ClaimChanged.Kind> written = writtenInThisTransaction();
		// created then corrected in one transaction is still a new claim
		written.merge(event.claimId(), event.kind(), (before,
				now) -> (before == ClaimChanged.Kind.CREATED && now == ClaimChanged.Kind.REPLACED) ? before : now);
	}

	@SuppressWarnings("unchecked")
	private Map<UUID, ClaimChanged.Kind> writtenInThisTransaction() {
		Map<UUID, ClaimChanged.Kind> written = (Map<UUID, ClaimChanged.Kind>) TransactionSynchronizationManager
			.getResource(this);
		if (written != null) {
			return written;
		}
		Map<UUID, ClaimChanged.Kind> fresh = new LinkedHashMap<>();
		TransactionSynchronizationManager.bindResource(this, fresh);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public int getOrder() {
				return Ordered.LOWEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				AlertMatcher.this.entityManager.flush();
				AlertMatcher.this.outbox.raise(fresh);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AlertMatcher.this);
			}

		});
		return fresh;
	}

}
