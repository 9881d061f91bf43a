package org.casualtyclaims.analysis;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;

import org.casualtyclaims.claim.Category;

/**
 * The latest active claim of one category of a subject as a share of the latest of
 * another: {@code percent = numerator.figure / denominator.figure × 100}, half-up to 2
 * decimals, with the range {@code [percentLow, percentHigh]} the two claims' bounds allow
 * ({@code null} where unbounded). {@code days} is how far apart the two were stated.
 */
public record RatioResponse(String subject, Category numeratorCategory, Category denominatorCategory,
		ClaimSide numerator, ClaimSide denominator, BigDecimal percent, BigDecimal percentLow, BigDecimal percentHigh,
		long days) {

	static RatioResponse of(String subject, Category numeratorCategory, Category denominatorCategory,
			ClaimSide numerator, ClaimSide denominator) {
		return new RatioResponse(subject, numeratorCategory, denominatorCategory, numerator, denominator,
				Percentages.wire(Ratio.percent(numerator.figure(), denominator.figure())),
				Percentages.wire(Ratio.percentLow(numerator.bounds(), denominator.bounds())),
				Percentages.wire(Ratio.percentHigh(numerator.bounds(), denominator.bounds())),
				Math.abs(ChronoUnit.DAYS.between(denominator.statedOn(), numerator.statedOn())));
	}

}
