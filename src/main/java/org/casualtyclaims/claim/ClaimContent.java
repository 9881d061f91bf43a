package org.casualtyclaims.claim;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/**
 * The writable fields of a claim: what a client sends, what a replacement swaps and what
 * a revision keeps. {@code supersedes} names the claim of the same series and speaker
 * that this one revises, or is null.
 */
@Embeddable
public record ClaimContent(String subject, Category category, long figure, Long figureLow, Long figureHigh,
		Qualifier qualifier, String speaker, String source, String sourceUrl, LocalDate statedOn, String quote,
		StatedOnPrecision statedOnPrecision, UUID supersedes) {

	public ClaimContent {
		statedOnPrecision = (statedOnPrecision != null) ? statedOnPrecision : StatedOnPrecision.DAY;
	}

	public SubjectKey subjectKey() {
		return SubjectKey.of(this.subject);
	}

}
