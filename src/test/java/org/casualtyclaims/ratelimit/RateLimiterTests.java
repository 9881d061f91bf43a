package org.casualtyclaims.ratelimit;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RateLimiterTests {

	@Test
	void retryAfterIsWholeSecondsRoundedUp() {
		assertThat(RateLimiter.secondsOf(0)).isEqualTo(1);
		assertThat(RateLimiter.secondsOf(1)).isEqualTo(1);
		assertThat(RateLimiter.secondsOf(1_000_000_000L)).isEqualTo(1);
		assertThat(RateLimiter.secondsOf(1_000_000_001L)).isEqualTo(2);
		assertThat(RateLimiter.secondsOf(Duration.ofMinutes(30).toNanos())).isEqualTo(1_800);
	}

	@Test
	void resetIsTheWholeSecondsUntilTheBucketIsFullAgain() {
		Duration minute = Duration.ofMinutes(1);
		assertThat(RateLimiter.secondsUntilFull(600, 600, minute)).isZero();
		assertThat(RateLimiter.secondsUntilFull(600, 599, minute)).isEqualTo(1);
		assertThat(RateLimiter.secondsUntilFull(600, 300, minute)).isEqualTo(30);
		assertThat(RateLimiter.secondsUntilFull(600, 0, minute)).isEqualTo(60);
		// the test suite's limits: tokens times nanoseconds would overflow a long
		assertThat(RateLimiter.secondsUntilFull(1_000_000_000, 0, Duration.ofHours(1))).isEqualTo(3_600);
	}

	@Test
	void aLimitOfZeroIsRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(Duration.ofMinutes(1), 0, 1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(Duration.ZERO, 1, 1, 1, 1, 1));
	}

}
