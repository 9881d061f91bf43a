package org.casualtyclaims.claim;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The writable fields of a claim: what a client sends, what a replacement swaps and what
 * a revision keeps.
 */
@Embeddable
public record ClaimContent(String subject, Category category, long figure, Long figureLow, Long figureHigh,
		Qualifier qualifier, String speaker, String source, String sourceUrl, LocalDate statedOn, String quote,
		StatedOnPrecision statedOnPrecision) {

	public ClaimContent {
		statedOnPrecision = (statedOnPrecision != null) ? statedOnPrecision : StatedOnPrecision.DAY;
	}

	public SubjectKey subjectKey() {
		return SubjectKey.of(this.subject);
	}

}
