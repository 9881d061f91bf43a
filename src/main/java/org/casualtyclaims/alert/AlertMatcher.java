package org.casualtyclaims.alert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.persistence.PreCommitStatements;

/**
 * Turns the claim writes of a transaction into outbox rows, in that transaction, just
 * before it commits (its match query travels with the other statements sent then, see
 * {@link PreCommitStatements}): the alert is stored exactly when its claim is. Every
 * write path (a claim, a report, a correction, a retraction) publishes
 * {@link ClaimChanged}, so none is missed. Matching is one statement for the whole
 * transaction, however many claims and subscriptions (see {@link AlertOutbox}).
 * <p>
 * It runs after the series upkeep, which locks the series rows the transaction wrote:
 * once those locks are held, a fresh statement sees every claim a concurrent writer to
 * the same series committed, so "the claim before" is the true one.
 */
@Component
class AlertMatcher {

	// after the series upkeep (series/SeriesMaintainer, 100) among the statements sent
	// before commit
	private static final int PRE_COMMIT_ORDER = 200;

	private final AlertOutbox outbox;

	private final PreCommitStatements preCommit;

	AlertMatcher(AlertOutbox outbox, PreCommitStatements preCommit) {
		this.outbox = outbox;
		this.preCommit = preCommit;
	}

	@EventListener
	void on(ClaimChanged event) {
		Map<UUID, ClaimChanged.Kind> written = this.preCommit.collect(this, PRE_COMMIT_ORDER, LinkedHashMap::new,
				this.outbox::raise);
		// created then corrected in one transaction is still a new claim
		written.merge(event.claimId(), event.kind(), (before,
				now) -> (before == ClaimChanged.Kind.CREATED && now == ClaimChanged.Kind.REPLACED) ? before : now);
	}

}
