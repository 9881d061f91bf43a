package org.casualtyclaims.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as clients see it. {@code flags} are the open consistency flags on it
 * ({@link ConsistencyFlags}), in name order.
 */
public record ClaimResponse(UUID id, String subject, Category category, long figure, Long figureLow, Long figureHigh,
		Qualifier qualifier, String speaker, String source, String sourceUrl, LocalDate statedOn, String quote,
		UUID reportId, ClaimStatus status, String retractionReason, int version, Instant createdAt, Instant updatedAt,
		String createdBy, StatedOnPrecision statedOnPrecision, UUID supersedes, List<String> flags) {

	public static ClaimResponse from(Claim claim) {
		ClaimContent c = claim.getContent();
		return new ClaimResponse(claim.getId(), c.subject(), c.category(), c.figure(), c.figureLow(), c.figureHigh(),
				c.qualifier(), c.speaker(), c.source(), c.sourceUrl(), c.statedOn(), c.quote(), claim.getReportId(),
				claim.getStatus(), claim.getRetractionReason(), claim.getVersion(), claim.getCreatedAt(),
				claim.getUpdatedAt(), claim.getCreatedBy(), c.statedOnPrecision(), c.supersedes(), claim.getFlags());
	}

}
