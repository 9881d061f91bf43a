package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.casualtyclaims.claim.StatedOnPrecision;

/**
 * The delta arithmetic, as plain functions of claim points: no storage, clock or wire
 * format, so every rounding and zero-divisor rule is tested on its own.
 */
public final class DeltaCalculator {

	private static final int SCALE = 2;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private DeltaCalculator() {
	}

	/**
	 * The delta from {@code from} to {@code to}, in the order given, even when {@code to}
	 * is older.
	 */
	public static Delta between(ClaimPoint from, ClaimPoint to) {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		long change = to.figure() - from.figure();
		// calendar days: the contract ignores time of day
		long days = ChronoUnit.DAYS.between(from.statedOn(), to.statedOn());
		Long changeLow = (from.high() != null) ? to.low() - from.high() : null;
		Long changeHigh = (to.high() != null) ? to.high() - from.low() : null;
		BigDecimal perDay = divide(BigDecimal.valueOf(change), days);
		BigDecimal percentChange = divide(BigDecimal.valueOf(change).multiply(HUNDRED), from.figure());
		boolean sameSpeaker = sameSpeaker(from.speaker(), to.speaker());
		// dates that name only a month or a year make days and perDay ranges; for two
		// days the range is the exact value, rounded as perDay is
		DayRange range = DayRange.between(from, to);
		BigDecimal perDayMin = range.isExact() ? perDay : range.perDayMin(change);
		BigDecimal perDayMax = range.isExact() ? perDay : range.perDayMax(change);
		return new Delta(from, to, change, changeLow, changeHigh, days, perDay, percentChange, Direction.of(change),
				sameSpeaker, caveats(from, to, days, sameSpeaker), range.min(), range.max(), perDayMin, perDayMax);
	}

	// BigDecimal, not double: doubles round some halves the wrong way (1.005 is
	// 1.00499...)
	private static BigDecimal divide(BigDecimal dividend, long divisor) {
		return (divisor != 0) ? dividend.divide(BigDecimal.valueOf(divisor), SCALE, RoundingMode.HALF_UP) : null;
	}

	private static List<Caveat> caveats(ClaimPoint from, ClaimPoint to, long days, boolean sameSpeaker) {
		Set<Caveat> caveats = EnumSet.noneOf(Caveat.class);
		if (!sameSpeaker) {
			caveats.add(Caveat.DIFFERENT_SPEAKERS);
		}
		if (from.qualifier() != to.qualifier()) {
			caveats.add(Caveat.QUALIFIER_MISMATCH);
		}
		if (from.isBound() || to.isBound()) {
			caveats.add(Caveat.BOUND);
		}
		if (days == 0) {
			caveats.add(Caveat.SAME_DAY);
		}
		if (to.supersedes(from) || from.supersedes(to)) {
			caveats.add(Caveat.SUPERSEDES);
		}
		if (from.statedOnPrecision() != StatedOnPrecision.DAY || to.statedOnPrecision() != StatedOnPrecision.DAY) {
			caveats.add(Caveat.IMPRECISE_DATE);
		}
		// an EnumSet iterates in declaration order, which is the contract's order
		return List.copyOf(caveats);
	}

	// "Volodymyr Zelensky" and "volodymyr zelensky" are one speaker, as subjects are one
	// series
	static boolean sameSpeaker(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	// case as PostgreSQL's lower() folds it for speaker= (ClaimCriteria): letter by
	// letter, so "ΟΔΥΣΣΕΑΣ" ends in σ; String.toLowerCase would end it in ς and disagree
	private static String normalized(String speaker) {
		if (speaker == null) {
			return "";
		}
		return speaker.strip()
			.replaceAll("\\s+", " ")
			.codePoints()
			.map(Character::toLowerCase)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
