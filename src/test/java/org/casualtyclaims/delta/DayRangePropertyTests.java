package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the day and rate ranges over generated pairs of claims of every
 * precision, from a fixed seed: whatever day each imprecise date really meant, the days
 * and the rate between them lie within the ranges served.
 */
class DayRangePropertyTests {

	private static final int CASES = 1_000;

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void theDaysAsWrittenLieWithinTheRange(ClaimPoint from, ClaimPoint to) {
		Delta delta = DeltaCalculator.between(from, to);
		assertThat(delta.days()).isBetween(delta.daysMin(), delta.daysMax());
		if (delta.perDay() != null && delta.perDayMin() != null) {
			assertThat(delta.perDay()).isBetween(delta.perDayMin(), delta.perDayMax());
		}
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void anyDayTheDatesMayMeanGivesDaysAndARateWithinTheRanges(ClaimPoint from, ClaimPoint to, long fromOffset,
			long toOffset) {
		Delta delta = DeltaCalculator.between(from, to);
		LocalDate fromDay = within(from, fromOffset);
		LocalDate toDay = within(to, toOffset);
		long days = ChronoUnit.DAYS.between(fromDay, toDay);
		assertThat(days).isBetween(delta.daysMin(), delta.daysMax());
		if (delta.perDayMin() == null) {
			// unbounded only where the claims may share a day
			assertThat(delta.daysMin()).isLessThanOrEqualTo(0);
			assertThat(delta.daysMax()).isGreaterThanOrEqualTo(0);
			assertThat(delta.perDayMax()).isNull();
		}
		else if (days != 0) {
			BigDecimal rate = BigDecimal.valueOf(delta.change())
				.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
			assertThat(rate).isBetween(delta.perDayMin(), delta.perDayMax());
		}
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void twoDaysGiveOneValue(ClaimPoint from, ClaimPoint to) {
		ClaimPoint fromDay = onTheDay(from);
		ClaimPoint toDay = onTheDay(to);
		Delta delta = DeltaCalculator.between(fromDay, toDay);
		assertThat(delta.daysMin()).isEqualTo(delta.days());
		assertThat(delta.daysMax()).isEqualTo(delta.days());
		assertThat(delta.perDayMin()).isEqualTo(delta.perDay());
		assertThat(delta.perDayMax()).isEqualTo(delta.perDay());
		assertThat(delta.caveats()).doesNotContain(Caveat.IMPRECISE_DATE);
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("pairs")
	void swappingFromAndToNegatesTheDayRange(ClaimPoint a, ClaimPoint b) {
		Delta forward = DeltaCalculator.between(a, b);
		Delta backward = DeltaCalculator.between(b, a);
		assertThat(backward.daysMin()).isEqualTo(-forward.daysMax());
		assertThat(backward.daysMax()).isEqualTo(-forward.daysMin());
		assertThat(backward.caveats().contains(Caveat.IMPRECISE_DATE))
			.isEqualTo(forward.caveats().contains(Caveat.IMPRECISE_DATE));
	}

	static Stream<Arguments> pairs() {
		SplittableRandom random = new SplittableRandom(20250105L);
		return Stream
			.generate(
					() -> Arguments.of(point(random), point(random), random.nextLong(0, 366), random.nextLong(0, 366)))
			.limit(CASES);
	}

	/**
	 * A day the claim may mean: its first day plus the offset, kept within its period.
	 */
	private static LocalDate within(ClaimPoint point, long offset) {
		long length = ChronoUnit.DAYS.between(point.statedOn(), point.statedUntil()) + 1;
		return point.statedOn().plusDays(offset % length);
	}

	private static ClaimPoint onTheDay(ClaimPoint point) {
		return new ClaimPoint(point.id(), point.figure(), point.figureLow(), point.figureHigh(), point.statedOn(),
				point.speaker(), point.source(), point.qualifier(), StatedOnPrecision.DAY);
	}

	// dates near each other half the time, so same-month and same-year pairs (unbounded
	// rates, ranges around 0) are common; precision a third each
	private static ClaimPoint point(SplittableRandom random) {
		long figure = random.nextLong(0, 100_000_001);
		LocalDate day = LocalDate.of(2020, 1, 1)
			.plusDays(random.nextBoolean() ? random.nextLong(0, 60) : random.nextLong(0, 3_000));
		StatedOnPrecision precision = StatedOnPrecision.values()[random.nextInt(3)];
		LocalDate statedOn = switch (precision) {
			case DAY -> day;
			case MONTH -> day.withDayOfMonth(1);
			case YEAR -> day.withDayOfYear(1);
		};
		return new ClaimPoint(UUID.randomUUID(), figure, null, null, statedOn, "Zelensky", "source", Qualifier.EXACT,
				precision);
	}

}
