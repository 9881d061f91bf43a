package org.casualtyclaims.alert;

import java.time.Instant;
import java.util.UUID;

import org.casualtyclaims.claim.Category;

/** A row of {@code alert_subscriptions}, without its secret. */
record Subscription(UUID id, UUID ownerKeyId, String subject, Category category, String speaker, Condition condition,
		String url, Instant createdAt, String createdBy, Instant deactivatedAt, String deactivatedBy) {
}
