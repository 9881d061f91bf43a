package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import org.casualtyclaims.web.StorableDate;

/** The query parameters of {@code GET /api/v1/claims}; every one optional. */
public record ClaimFilter(@Size(max = 200) String subject, Category category, @Size(max = 200) String speaker,
		@Size(max = 200) String source, @StorableDate @DateTimeFormat(iso = ISO.DATE) LocalDate statedFrom,
		@StorableDate @DateTimeFormat(iso = ISO.DATE) LocalDate statedTo, @Size(max = 200) String q,
		StatusFilter status, @StorableDate @DateTimeFormat(iso = ISO.DATE_TIME) Instant updatedSince) {

	public StatusFilter statusOrDefault() {
		return (this.status != null) ? this.status : StatusFilter.ACTIVE;
	}

	ClaimCriteria toCriteria() {
		return new ClaimCriteria(this.subject, this.category, this.speaker, this.source, this.statedFrom, this.statedTo,
				this.q, statusOrDefault(), this.updatedSince);
	}

}
