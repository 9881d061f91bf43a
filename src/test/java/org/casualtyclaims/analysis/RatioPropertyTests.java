package org.casualtyclaims.analysis;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the ratio arithmetic over generated claims. The inputs come from a fixed
 * seed, so a failure names its case and reproduces on every run.
 */
class RatioPropertyTests {

	private static final int CASES = 1_000;

	private static final long MAX_FIGURE = 100_000_000;

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void theRatioLiesWithinItsRange(Claim numerator, Claim denominator) {
		BigDecimal percent = Ratio.percent(numerator.figure(), denominator.figure());
		BigDecimal low = Ratio.percentLow(numerator.bounds(), denominator.bounds());
		BigDecimal high = Ratio.percentHigh(numerator.bounds(), denominator.bounds());
		if (percent == null) {
			return;
		}
		if (low != null) {
			assertThat(low).isLessThanOrEqualTo(percent);
		}
		if (high != null) {
			assertThat(high).isGreaterThanOrEqualTo(percent);
		}
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void theRatioIsTheExactQuotientRoundedHalfUp(Claim numerator, Claim denominator) {
		BigDecimal percent = Ratio.percent(numerator.figure(), denominator.figure());
		if (denominator.figure() == 0) {
			assertThat(percent).isNull();
			return;
		}
		// within half a hundredth of the exact quotient, compared without dividing
		BigDecimal exactTimesDenominator = BigDecimal.valueOf(numerator.figure()).multiply(BigDecimal.valueOf(100));
		BigDecimal error = percent.multiply(BigDecimal.valueOf(denominator.figure()))
			.subtract(exactTimesDenominator)
			.abs();
		assertThat(error)
			.isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(denominator.figure())));
		assertThat(percent.scale()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void scalingBothFiguresKeepsTheRatio(Claim numerator, Claim denominator) {
		long factor = 1 + Math.abs(numerator.figure() % 7);
		if (denominator.figure() == 0 || denominator.figure() * factor > MAX_FIGURE * 7) {
			return;
		}
		assertThat(Ratio.percent(numerator.figure() * factor, denominator.figure() * factor))
			.isEqualByComparingTo(Ratio.percent(numerator.figure(), denominator.figure()));
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void aLargerNumeratorNeverLowersTheRatio(Claim numerator, Claim denominator) {
		if (denominator.figure() == 0) {
			return;
		}
		assertThat(Ratio.percent(numerator.figure() + 1, denominator.figure()))
			.isGreaterThanOrEqualTo(Ratio.percent(numerator.figure(), denominator.figure()));
	}

	static Stream<Arguments> pairs() {
		SplittableRandom random = new SplittableRandom(20250109);
		return Stream.generate(() -> Arguments.of(claim(random), claim(random))).limit(CASES);
	}

	private static Claim claim(SplittableRandom random) {
		// small figures often, so zeros and ties come up
		long figure = random.nextBoolean() ? random.nextLong(0, 20) : random.nextLong(0, MAX_FIGURE + 1);
		Long low = random.nextBoolean() ? random.nextLong(0, figure + 1) : null;
		Long high = random.nextBoolean() ? random.nextLong(figure, MAX_FIGURE + 1) : null;
		Qualifier qualifier = Qualifier.values()[random.nextInt(Qualifier.values().length)];
		return new Claim(figure, low, high, qualifier);
	}

	/** A generated claim's figure and range. */
	record Claim(long figure, Long figureLow, Long figureHigh, Qualifier qualifier) {

		Ratio.Bounds bounds() {
			return Ratio.Bounds.of(this.figure, this.figureLow, this.figureHigh, this.qualifier);
		}

	}

}
