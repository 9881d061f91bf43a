package org.casualtyclaims.analysis;

import java.math.BigDecimal;

import org.casualtyclaims.claim.Category;

/**
 * Two active claims of one series by different speakers, stated {@code days} apart, whose
 * ranges do not overlap. {@code differencePercent} is {@code |a − b| / min(a, b) ×
 * 100}, half-up to 2 decimals: how much larger the larger figure is than the smaller;
 * {@code null} when the smaller figure is 0. {@code earlier} was stated first (on a tie,
 * the smaller id).
 */
public record ConflictResponse(String subject, Category category, ClaimSide earlier, ClaimSide later, long days,
		long difference, BigDecimal differencePercent) {

}
