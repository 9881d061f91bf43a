package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;

/**
 * One claim as the delta arithmetic sees it: a figure with its optional range, when and
 * by whom it was stated, how it was hedged, and the claim it supersedes (or null).
 */
public record ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
		String source, Qualifier qualifier, StatedOnPrecision statedOnPrecision, UUID supersedes) {

	public ClaimPoint {
		Objects.requireNonNull(statedOn, "statedOn");
		qualifier = (qualifier != null) ? qualifier : Qualifier.EXACT;
		statedOnPrecision = (statedOnPrecision != null) ? statedOnPrecision : StatedOnPrecision.DAY;
	}

	/** A claim stated on a day that supersedes no claim. */
	public ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
			String source, Qualifier qualifier) {
		this(id, figure, figureLow, figureHigh, statedOn, speaker, source, qualifier, StatedOnPrecision.DAY, null);
	}

	/** A claim that supersedes no claim. */
	public ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
			String source, Qualifier qualifier, StatedOnPrecision statedOnPrecision) {
		this(id, figure, figureLow, figureHigh, statedOn, speaker, source, qualifier, statedOnPrecision, null);
	}

	/** The last day the claim may have been stated on: statedOn unless imprecise. */
	LocalDate statedUntil() {
		return this.statedOnPrecision.lastDay(this.statedOn);
	}

	/** Whether this claim names {@code other} as the claim it revises. */
	boolean supersedes(ClaimPoint other) {
		return this.supersedes != null && this.supersedes.equals(other.id());
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
