package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days between two claims when either date may name only a month or a year: from the
 * earliest day the later claim may mean minus the latest day the earlier may mean, to the
 * latest minus the earliest. The days between the dates as written ({@code statedOn}, the
 * first day of a month or year) always lie within it.
 */
record DayRange(long min, long max) {

	private static final int SCALE = 2;

	DayRange {
		if (min > max) {
			throw new IllegalArgumentException("min " + min + " > max " + max);
		}
	}

	static DayRange between(ClaimPoint from, ClaimPoint to) {
		return between(from.statedOn(), from.statedUntil(), to.statedOn(), to.statedUntil());
	}

	/**
	 * The range from a claim meaning some day in {@code [fromFirst, fromLast]} to one
	 * meaning some day in {@code [toFirst, toLast]}.
	 */
	static DayRange between(LocalDate fromFirst, LocalDate fromLast, LocalDate toFirst, LocalDate toLast) {
		return new DayRange(ChronoUnit.DAYS.between(fromLast, toFirst), ChronoUnit.DAYS.between(fromFirst, toLast));
	}

	boolean isExact() {
		return this.min == this.max;
	}

	/** Whether the claims may have been stated on one day, so a rate is unbounded. */
	private boolean mayBeSameDay() {
		return this.min <= 0 && this.max >= 0;
	}

	/**
	 * The smallest change per day over the range, rounded down to 2 decimals so that the
	 * rate at any day count of the range, however rounded, is not below it; {@code null}
	 * when the range includes 0 days (the rate is unbounded).
	 */
	BigDecimal perDayMin(long change) {
		if (mayBeSameDay()) {
			return null;
		}
		return divide(change, this.min, RoundingMode.FLOOR).min(divide(change, this.max, RoundingMode.FLOOR));
	}

	/** The largest change per day, rounded up; {@code null} as for {@link #perDayMin}. */
	BigDecimal perDayMax(long change) {
		if (mayBeSameDay()) {
			return null;
		}
		return divide(change, this.min, RoundingMode.CEILING).max(divide(change, this.max, RoundingMode.CEILING));
	}

	private static BigDecimal divide(long change, long days, RoundingMode rounding) {
		return BigDecimal.valueOf(change).divide(BigDecimal.valueOf(days), SCALE, rounding);
	}

}
