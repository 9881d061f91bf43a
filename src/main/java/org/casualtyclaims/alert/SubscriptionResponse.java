package org.casualtyclaims.alert;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

import org.casualtyclaims.claim.Category;

/**
 * A subscription as its owner sees it. {@code secret} is present only in the answer to
 * the POST that created it, and only when the service made it.
 */
record SubscriptionResponse(UUID id, String subject, Category category, String speaker, Condition condition, String url,
		boolean active, Instant createdAt, String createdBy, Instant deactivatedAt, String deactivatedBy,
		@JsonInclude(Include.NON_NULL) String secret) {

	static SubscriptionResponse from(Subscription s) {
		return new SubscriptionResponse(s.id(), s.subject(), s.category(), s.speaker(), s.condition(), s.url(),
				s.deactivatedAt() == null, s.createdAt(), s.createdBy(), s.deactivatedAt(), s.deactivatedBy(), null);
	}

	SubscriptionResponse withSecret(String shownOnce) {
		return new SubscriptionResponse(this.id, this.subject, this.category, this.speaker, this.condition, this.url,
				this.active, this.createdAt, this.createdBy, this.deactivatedAt, this.deactivatedBy, shownOnce);
	}

}
