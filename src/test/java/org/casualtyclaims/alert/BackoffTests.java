package org.casualtyclaims.alert;

import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

	@ParameterizedTest
	@CsvSource({ "1, 10000", "2, 20000", "3, 40000", "9, 2560000", "10, 3600000", "40, 3600000" })
	void theCeilingDoublesPerAttemptUpToTheMaximum(int attempt, long ceilingMillis) {
		// a generator that always draws its largest value shows the ceiling
		Duration wait = BACKOFF.after(attempt, new Random() {
			@Override
			public long nextLong(long bound) {
				return bound - 1;
			}
		});
		assertThat(wait.toMillis()).isEqualTo(ceilingMillis);
	}

	static Stream<Long> seeds() {
		return LongStream.range(0, 200).boxed();
	}

	// jitter spreads each wait over the upper half of its ceiling, never below or above
	@ParameterizedTest
	@MethodSource("seeds")
	void everyWaitLiesInTheUpperHalfOfItsCeiling(long seed) {
		Random random = new Random(seed);
		Duration base = Duration.ofMillis(1 + random.nextInt(60_000));
		Duration max = base.multipliedBy(1 + random.nextInt(1_000));
		int attempt = 1 + random.nextInt(64);
		Backoff backoff = new Backoff(base, max);
		long ceiling = Math.min(max.toMillis(), base.toMillis() * (1L << Math.min(attempt - 1, 40)));
		long wait = backoff.after(attempt, random).toMillis();
		assertThat(wait).isBetween(ceiling - ceiling / 2, ceiling);
	}

}
