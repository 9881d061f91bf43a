package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;

/**
 * One claim as the delta arithmetic sees it: a figure with its optional range, when and
 * by whom it was stated, and how it was hedged.
 */
public record ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
		String source, Qualifier qualifier, StatedOnPrecision statedOnPrecision) {

	public ClaimPoint {
		Objects.requireNonNull(statedOn, "statedOn");
		qualifier = (qualifier != null) ? qualifier : Qualifier.EXACT;
		statedOnPrecision = (statedOnPrecision != null) ? statedOnPrecision : StatedOnPrecision.DAY;
	}

	/** A claim stated on a day. */
	public ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
			String source, Qualifier qualifier) {
		this(id, figure, figureLow, figureHigh, statedOn, speaker, source, qualifier, StatedOnPrecision.DAY);
	}

	/** The last day the claim may have been stated on: statedOn unless imprecise. */
	LocalDate statedUntil() {
		return this.statedOnPrecision.lastDay(this.statedOn);
	}

	/**
	 * The lowest value the claim allows: 0 for {@code at_most}, else figureLow or the
	 * figure.
	 */
	long low() {
		if (this.qualifier == Qualifier.AT_MOST) {
			return 0;
		}
		return (this.figureLow != null) ? this.figureLow : this.figure;
	}

	/**
	 * The highest value the claim allows, or {@code null} for {@code at_least}: no upper
	 * end.
	 */
	Long high() {
		if (this.qualifier == Qualifier.AT_LEAST) {
			return null;
		}
		return (this.figureHigh != null) ? this.figureHigh : this.figure;
	}

	boolean isBound() {
		return this.qualifier == Qualifier.AT_LEAST || this.qualifier == Qualifier.AT_MOST;
	}

}
