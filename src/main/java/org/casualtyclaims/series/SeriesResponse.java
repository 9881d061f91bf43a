package org.casualtyclaims.series;

import java.time.LocalDate;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.delta.DeltaResponse;

/**
 * A series as clients see it: its size, its newest claim and how the figure last moved.
 */
public record SeriesResponse(String subject, Category category, int claimCount, LocalDate firstStatedOn,
		DeltaResponse.Side latest, DeltaResponse latestDelta) {

}
