package org.casualtyclaims.delta;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ClaimCriteria;
import org.casualtyclaims.web.StorableDate;

/**
 * The query parameters of {@code GET /api/v1/deltas}. {@code speaker}, {@code statedFrom}
 * and {@code statedTo} choose which claims form each sequence.
 */
public record DeltaFilter(@Size(max = 200) String subject, Category category, @Size(max = 200) String speaker,
		@StorableDate @DateTimeFormat(iso = ISO.DATE) LocalDate statedFrom,
		@StorableDate @DateTimeFormat(iso = ISO.DATE) LocalDate statedTo) {

	/**
	 * The claims that form the sequences: the same reading of each parameter as /claims.
	 */
	ClaimCriteria toCriteria() {
		return ClaimCriteria.activeClaims(this.subject, this.category, this.speaker, this.statedFrom, this.statedTo);
	}

}
