package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.casualtyclaims.claim.Qualifier;

/**
 * One claim as the delta arithmetic sees it: a figure with its optional range, when and
 * by whom it was stated, how it was hedged, and the claim it supersedes (or null).
 */
public record ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
		String source, Qualifier qualifier, UUID supersedes) {

	public ClaimPoint {
		Objects.requireNonNull(statedOn, "statedOn");
		qualifier = (qualifier != null) ? qualifier : Qualifier.EXACT;
	}

	/** A point that supersedes no claim. */
	public ClaimPoint(UUID id, long figure, Long figureLow, Long figureHigh, LocalDate statedOn, String speaker,
			String source, Qualifier qualifier) {
		this(id, figure, figureLow, figureHigh, statedOn, speaker, source, qualifier, null);
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
