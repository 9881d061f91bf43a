package org.casualtyclaims.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.casualtyclaims.claim.Qualifier;

/**
 * The ratio arithmetic, as plain functions: a numerator figure as a percentage of a
 * denominator figure, and the range the two claims' bounds allow. No storage or wire
 * format, so every rounding and zero rule is tested on its own.
 * <p>
 * Each claim's range is the delta contract's: {@code [figureLow, figureHigh]} where
 * given, else {@code [figure, figure]}; {@code at_least} has no upper end,
 * {@code at_most} a lower end of 0. The ratio is lowest for the smallest numerator over
 * the largest denominator and highest the other way round; an end is {@code null} where
 * it is unbounded (no upper end of the numerator, or a denominator that may be 0).
 */
final class Ratio {

	static final int SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Ratio() {
	}

	/**
	 * {@code numerator / denominator × 100}, half-up to 2 decimals; {@code null} when the
	 * denominator is 0.
	 */
	static BigDecimal percent(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		// BigDecimal, not double: 1/3 is 33.33 and a half rounds up, as the contract's
		// deltas
		return BigDecimal.valueOf(numerator)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The lowest percentage the two ranges allow, or null when the denominator is
	 * unbounded.
	 */
	static BigDecimal percentLow(Bounds numerator, Bounds denominator) {
		if (denominator.high() == null) {
			// an open-ended denominator: the share may be as near 0 as one likes
			return BigDecimal.ZERO.setScale(SCALE);
		}
		return percent(numerator.low(), denominator.high());
	}

	/** The highest percentage the two ranges allow, or null when unbounded. */
	static BigDecimal percentHigh(Bounds numerator, Bounds denominator) {
		if (numerator.high() == null) {
			return null;
		}
		return percent(numerator.high(), denominator.low());
	}

	/** A claim's range: {@code high} is null where it has no upper end. */
	record Bounds(long low, Long high) {

		static Bounds of(long figure, Long figureLow, Long figureHigh, Qualifier qualifier) {
			long low = (qualifier == Qualifier.AT_MOST) ? 0 : ((figureLow != null) ? figureLow : figure);
			Long high = (qualifier == Qualifier.AT_LEAST) ? null : ((figureHigh != null) ? figureHigh : figure);
			return new Bounds(low, high);
		}

	}

}
