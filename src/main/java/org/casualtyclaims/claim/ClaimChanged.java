package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published inside the writing transaction whenever a claim is created, replaced or
 * retracted, so derived state (series, caches, streams) can follow. A replacement may
 * move a claim between series, so it names the series it left as well. The claim's place
 * in its series ({@code subject}, {@code statedOn}, {@code createdAt}) travels along, so
 * a new claim can be counted into its series without reading it back.
 */
public record ClaimChanged(UUID claimId, String subjectKey, Category category, String subject, LocalDate statedOn,
		Instant createdAt, String previousSubjectKey, Category previousCategory, Kind kind) {

	/** What happened to the claim. */
	public enum Kind {

		CREATED, REPLACED, RETRACTED

	}

	static ClaimChanged created(Claim claim) {
		return of(claim, null, null, Kind.CREATED);
	}

	static ClaimChanged replaced(Claim claim, ClaimContent before) {
		return of(claim, before.subjectKey().value(), before.category(), Kind.REPLACED);
	}

	static ClaimChanged retracted(Claim claim) {
		return of(claim, null, null, Kind.RETRACTED);
	}

	private static ClaimChanged of(Claim claim, String previousSubjectKey, Category previousCategory, Kind kind) {
		ClaimContent content = claim.getContent();
		return new ClaimChanged(claim.getId(), claim.getSubjectKey(), content.category(), content.subject(),
				content.statedOn(), claim.getCreatedAt(), previousSubjectKey, previousCategory, kind);
	}

}
