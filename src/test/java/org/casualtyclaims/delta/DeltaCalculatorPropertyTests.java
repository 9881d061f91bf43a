package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the delta arithmetic over many generated pairs of claims. The inputs come
 * from a fixed seed, so a failure names its case and reproduces on every run.
 */
class DeltaCalculatorPropertyTests {

	private static final int CASES = 1_000;

	private static final String[] SPEAKERS = { "Zelensky", "Austin", "Kirby" };

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void changeIsToMinusFrom(ClaimPoint from, ClaimPoint to) {
		assertThat(DeltaCalculator.between(from, to).change()).isEqualTo(to.figure() - from.figure());
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void directionFollowsTheSignOfTheChange(ClaimPoint from, ClaimPoint to) {
		Delta delta = DeltaCalculator.between(from, to);
		Direction expected = switch (Long.signum(delta.change())) {
			case 1 -> Direction.INCREASE;
			case -1 -> Direction.DECREASE;
			default -> Direction.UNCHANGED;
		};
		assertThat(delta.direction()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void swappingFromAndToNegatesChangeDaysAndTheRange(ClaimPoint a, ClaimPoint b) {
		Delta forward = DeltaCalculator.between(a, b);
		Delta backward = DeltaCalculator.between(b, a);
		assertThat(backward.change()).isEqualTo(-forward.change());
		assertThat(backward.days()).isEqualTo(-forward.days());
		assertThat(backward.changeLow()).isEqualTo(negated(forward.changeHigh()));
		assertThat(backward.changeHigh()).isEqualTo(negated(forward.changeLow()));
		assertThat(backward.caveats()).isEqualTo(forward.caveats());
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void theChangeLiesWithinItsRange(ClaimPoint from, ClaimPoint to) {
		Delta delta = DeltaCalculator.between(from, to);
		if (delta.changeLow() != null) {
			assertThat(delta.changeLow()).isLessThanOrEqualTo(delta.change());
		}
		if (delta.changeHigh() != null) {
			assertThat(delta.changeHigh()).isGreaterThanOrEqualTo(delta.change());
		}
	}

	private static Long negated(Long value) {
		return (value != null) ? -value : null;
	}

	static Stream<Arguments> pairs() {
		SplittableRandom random = new SplittableRandom(20250109L);
		return Stream.generate(() -> Arguments.of(point(random), point(random))).limit(CASES);
	}

	// figures span the contract's whole range; about half the points carry a stated
	// range,
	// and the dates span 1900 to about 2036 so day counts and signs vary
	private static ClaimPoint point(SplittableRandom random) {
		long figure = random.nextLong(0, 100_000_001);
		Long low = random.nextBoolean() ? Math.max(0, figure - random.nextLong(0, 1_000_001)) : null;
		Long high = random.nextBoolean() ? figure + random.nextLong(0, 1_000_001) : null;
		LocalDate statedOn = LocalDate.of(1900, 1, 1).plusDays(random.nextLong(0, 50_001));
		Qualifier qualifier = Qualifier.values()[random.nextInt(Qualifier.values().length)];
		String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
		return new ClaimPoint(UUID.randomUUID(), figure, low, high, statedOn, speaker, "source", qualifier);
	}

}
