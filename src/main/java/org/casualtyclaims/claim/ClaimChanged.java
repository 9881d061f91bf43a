package org.casualtyclaims.claim;

import java.util.UUID;

/**
 * Published inside the writing transaction whenever a claim is created, replaced or
 * retracted, so derived state (series, caches, streams) can follow. A replacement may
 * move a claim between series, so it names the series it left as well.
 */
public record ClaimChanged(UUID claimId, String subjectKey, Category category, String previousSubjectKey,
		Category previousCategory, Kind kind) {

	/** What happened to the claim. */
	public enum Kind {

		CREATED, REPLACED, RETRACTED

	}

	static ClaimChanged created(Claim claim) {
		return new ClaimChanged(claim.getId(), claim.getSubjectKey(), claim.getContent().category(), null, null,
				Kind.CREATED);
	}

	static ClaimChanged replaced(Claim claim, ClaimContent before) {
		return new ClaimChanged(claim.getId(), claim.getSubjectKey(), claim.getContent().category(),
				before.subjectKey().value(), before.category(), Kind.REPLACED);
	}

	static ClaimChanged retracted(Claim claim) {
		return new ClaimChanged(claim.getId(), claim.getSubjectKey(), claim.getContent().category(), null, null,
				Kind.RETRACTED);
	}

}
