package org.casualtyclaims.change;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ChangesPropertiesTests {

	private static ChangesProperties with(Duration poll, Duration socket, int maxBytes, int maxSeries) {
		return new ChangesProperties(poll, Duration.ofSeconds(2), socket, Duration.ofSeconds(5), Duration.ofSeconds(30),
				maxBytes, maxSeries);
	}

	@Test
	void theDefaultsAreValid() {
		assertThatNoException().isThrownBy(() -> with(Duration.ofSeconds(1), Duration.ofSeconds(10), 4000, 100));
	}

	@Test
	void aSocketTimeoutWithinOnePollWouldDropHealthyConnections() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> with(Duration.ofSeconds(10), Duration.ofSeconds(10), 4000, 100))
			.withMessageContaining("socket-timeout");
	}

	@Test
	void payloadsPostgreSqlWouldRefuseAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> with(Duration.ofSeconds(1), Duration.ofSeconds(10), 8000, 100))
			.withMessageContaining("max-payload-bytes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> with(Duration.ofSeconds(1), Duration.ofSeconds(10), 100, 100))
			.withMessageContaining("max-payload-bytes");
	}

	@Test
	void theSeriesBoundIsAtLeastOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> with(Duration.ofSeconds(1), Duration.ofSeconds(10), 4000, 0))
			.withMessageContaining("max-series");
	}

	@Test
	void durationsArePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> with(Duration.ZERO, Duration.ofSeconds(10), 4000, 100))
			.withMessageContaining("poll-interval");
	}

}
