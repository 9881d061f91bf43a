package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An earlier version of a claim: its field values and who wrote them when. */
public record RevisionResponse(UUID claimId, int version, String subject, Category category, long figure,
		Long figureLow, Long figureHigh, Qualifier qualifier, String speaker, String source, String sourceUrl,
		LocalDate statedOn, String quote, ClaimStatus status, String retractionReason, Instant changedAt,
		String changedBy, StatedOnPrecision statedOnPrecision, UUID supersedes) {

	static RevisionResponse from(ClaimRevision r) {
		ClaimContent c = r.getContent();
		return new RevisionResponse(r.getClaimId(), r.getVersion(), c.subject(), c.category(), c.figure(),
				c.figureLow(), c.figureHigh(), c.qualifier(), c.speaker(), c.source(), c.sourceUrl(), c.statedOn(),
				c.quote(), r.getStatus(), r.getRetractionReason(), r.getChangedAt(), r.getChangedBy(),
				c.statedOnPrecision(), c.supersedes());
	}

}
