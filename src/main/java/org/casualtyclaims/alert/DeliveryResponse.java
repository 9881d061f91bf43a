package org.casualtyclaims.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One alert of a subscription in its delivery log: where it stands and every attempt to
 * send it. {@code payload} is the body sent (or to be sent), byte for byte.
 *
 * @param status {@code pending}, {@code delivered}, {@code failed} (attempts used up) or
 * {@code cancelled} (the subscription ended first)
 */
record DeliveryResponse(UUID eventId, String eventType, UUID claimId, Instant createdAt, String status, int attempts,
		Instant nextAttemptAt, Instant finishedAt, String lastError, List<AttemptResponse> attemptLog,
		@JsonRawValue String payload) {

	/** One attempt: when, what came of it, what the target answered, how long it took. */
	record AttemptResponse(int attempt, Instant attemptedAt, String outcome, Integer responseStatus, String error,
			long durationMs) {
	}

}
