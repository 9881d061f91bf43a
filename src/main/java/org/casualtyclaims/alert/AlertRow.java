package org.casualtyclaims.alert;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.delta.ClaimPoint;
import org.casualtyclaims.delta.ClaimPoints;
import org.casualtyclaims.delta.DeltaCalculator;
import org.casualtyclaims.delta.DeltaResponse;

/**
 * One match of the outbox query: a subscription, the claim written, and the two ends of
 * the delta it raised ({@code from} is null when the claim is the first of its sequence).
 */
record AlertRow(UUID subscriptionId, ConditionType condition, BigDecimal threshold, String trigger, String subject,
		Category category, String status, ClaimPoint written, ClaimPoint to, ClaimPoint from) {

	static AlertRow read(ResultSet rs) throws SQLException {
		return new AlertRow(rs.getObject("subscription_id", UUID.class),
				ConditionType.fromWireName(rs.getString("condition_type")),
				SubscriptionStore.asGiven(rs.getBigDecimal("threshold")), rs.getString("kind"),
				rs.getString("claim_subject"), ClaimPoints.category(rs, "claim_category"), rs.getString("claim_status"),
				ClaimPoints.read(rs, "c"), ClaimPoints.read(rs, "t"), ClaimPoints.read(rs, "f"));
	}

	/** The event sent to the subscriber; its delta computed as the API computes it. */
	AlertEvent toEvent(UUID eventId, Instant createdAt) {
		DeltaResponse delta = (this.from != null)
				? DeltaResponse.of(this.subject, this.category, DeltaCalculator.between(this.from, this.to)) : null;
		AlertEvent.ClaimSummary claim = new AlertEvent.ClaimSummary(this.written.id(), this.subject, this.category,
				this.written.figure(), this.written.figureLow(), this.written.figureHigh(), this.written.qualifier(),
				this.written.speaker(), this.written.source(), this.written.statedOn(), this.status);
		return new AlertEvent(eventId, AlertEvent.TYPE_PREFIX + this.condition.wireName(), createdAt,
				new AlertEvent.SubscriptionRef(this.subscriptionId, new Condition(this.condition, this.threshold)),
				this.trigger, claim, delta);
	}

}
