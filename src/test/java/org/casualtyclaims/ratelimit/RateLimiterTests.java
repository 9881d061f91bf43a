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
	void aLimitOfZeroIsRefusedAtStart() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RateLimitProperties(Duration.ofMinutes(1), 0, 1, 1, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitProperties(Duration.ZERO, 1, 1, 1, 1, 1));
	}

}
