package org.casualtyclaims.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.delta.DeltaResponse;

/**
 * The JSON body of a webhook: which subscription fired, on which claim write, and the
 * delta in the API's own shape ({@code null} for a new claim that has none before it).
 * Built once, when the claim is written, and sent byte for byte on every attempt, so a
 * retry carries the same signature input and the figures as they were.
 *
 * @param id the event id, also sent as {@code X-Claims-Event-Id}: receivers dedupe on it
 * @param trigger {@code created}, {@code replaced} or {@code retracted}
 */
record AlertEvent(UUID id, String type, Instant createdAt, SubscriptionRef subscription, String trigger,
		ClaimSummary claim, DeltaResponse delta) {

	static final String TYPE_PREFIX = "alert.";

	@JsonIgnore
	UUID subscriptionId() {
		return this.subscription.id();
	}

	/** The subscription that fired and its condition. */
	record SubscriptionRef(UUID id, Condition condition) {
	}

	/** The claim that was written, as it stood when it raised the alert. */
	record ClaimSummary(UUID id, String subject, Category category, long figure, Long figureLow, Long figureHigh,
			Qualifier qualifier, String speaker, String source, LocalDate statedOn, String status) {
	}

}
