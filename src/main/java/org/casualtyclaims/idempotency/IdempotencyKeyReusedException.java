package org.casualtyclaims.idempotency;

import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.UnprocessableRequestException;

/** The key was already used with another body; answered with 422. */
class IdempotencyKeyReusedException extends UnprocessableRequestException {

	IdempotencyKeyReusedException() {
		super(ProblemTypes.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used with a different "
				+ "request body in the last 24 hours. Use a new key for a new request.");
	}

}
