package org.casualtyclaims.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedKeysTests {

	private final MovableClock clock = new MovableClock();

	private final AtomicInteger lookups = new AtomicInteger();

	@Test
	void aVerifiedKeyIsTrustedUntilItsTtlRunsOut() {
		VerifiedKeys keys = new VerifiedKeys(new ApiKeyCacheProperties(Duration.ofSeconds(5), 100), this.clock);
		ApiKeyPrincipal analyst = principal();
		assertThat(keys.get(hash(1), () -> found(analyst))).contains(analyst);
		this.clock.advance(Duration.ofMillis(4_999));
		assertThat(keys.get(hash(1), this::notFound)).contains(analyst);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(keys.get(hash(1), this::notFound)).isEmpty();
		assertThat(this.lookups).hasValue(2);
	}

	@Test
	void anUnknownKeyIsAskedAboutEveryTime() {
		VerifiedKeys keys = new VerifiedKeys(new ApiKeyCacheProperties(Duration.ofSeconds(5), 100), this.clock);
		keys.get(hash(1), this::notFound);
		keys.get(hash(1), this::notFound);
		assertThat(this.lookups).hasValue(2);
		assertThat(keys.size()).isZero();
	}

	@Test
	void aForgottenKeyIsLookedUpAgain() {
		VerifiedKeys keys = new VerifiedKeys(new ApiKeyCacheProperties(Duration.ofSeconds(5), 100), this.clock);
		ApiKeyPrincipal analyst = principal();
		keys.get(hash(1), () -> found(analyst));
		keys.forget(analyst.id());
		assertThat(keys.get(hash(1), this::notFound)).isEmpty();
	}

	@Test
	void aZeroTtlTurnsTheCacheOff() {
		VerifiedKeys keys = new VerifiedKeys(new ApiKeyCacheProperties(Duration.ZERO, 100), this.clock);
		ApiKeyPrincipal analyst = principal();
		keys.get(hash(1), () -> found(analyst));
		keys.get(hash(1), () -> found(analyst));
		assertThat(this.lookups).hasValue(2);
		assertThat(keys.size()).isZero();
	}

	@Test
	void neverHoldsMoreThanMaxEntries() {
		VerifiedKeys keys = new VerifiedKeys(new ApiKeyCacheProperties(Duration.ofSeconds(5), 3), this.clock);
		for (int i = 0; i < 50; i++) {
			ApiKeyPrincipal key = principal();
			keys.get(hash(i), () -> found(key));
			assertThat(keys.size()).isLessThanOrEqualTo(3);
		}
	}

	private Optional<ApiKeyPrincipal> found(ApiKeyPrincipal principal) {
		this.lookups.incrementAndGet();
		return Optional.of(principal);
	}

	private Optional<ApiKeyPrincipal> notFound() {
		this.lookups.incrementAndGet();
		return Optional.empty();
	}

	private static ApiKeyPrincipal principal() {
		return new ApiKeyPrincipal(UUID.randomUUID(), "analyst-" + UUID.randomUUID(), Role.ANALYST);
	}

	private static byte[] hash(int n) {
		return KeyHasher.hash("key-" + n);
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
