package org.casualtyclaims.alert;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * The wait before the next attempt: the base doubled per failed attempt, capped, then
 * spread over its upper half at random ("equal jitter"), so a target that was down for
 * everyone is not hit by every queued alert in the same second when it returns.
 */
record Backoff(Duration base, Duration max) {

	/** The wait after attempt {@code attempt} (1 for the first) failed. */
	Duration after(int attempt, RandomGenerator random) {
		long capMillis = this.max.toMillis();
		long exponential = this.base.toMillis();
		for (int i = 1; i < attempt && exponential < capMillis; i++) {
			exponential *= 2;
		}
		long ceiling = Math.min(exponential, capMillis);
		long half = ceiling / 2;
		return Duration.ofMillis(ceiling - half + ((half > 0) ? random.nextLong(half + 1) : 0));
	}

}
