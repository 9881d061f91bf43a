package org.casualtyclaims.analysis;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of the analysis reads ({@code CLAIMS_ANALYSIS_*}).
 *
 * @param defaultWithinDays {@code withinDays} of {@code /conflicts} when not given
 * @param maxWithinDays the largest {@code withinDays}: the window bounds the self-join
 * @param defaultMinDifferencePercent {@code minDifferencePercent} when not given
 * @param maxMinDifferencePercent the largest {@code minDifferencePercent} accepted
 * @param maxAge how long a client may keep an analysis answer ({@code Cache-Control:
 * max-age}); 0 (the default) means {@code no-cache}: ask again every time
 */
@ConfigurationProperties("claims.analysis")
public record AnalysisProperties(@DefaultValue("7") int defaultWithinDays, @DefaultValue("366") int maxWithinDays,
		@DefaultValue("10") BigDecimal defaultMinDifferencePercent,
		@DefaultValue("100000") BigDecimal maxMinDifferencePercent, @DefaultValue("0s") Duration maxAge) {

	public AnalysisProperties {
		if (maxWithinDays < 0 || defaultWithinDays < 0 || defaultWithinDays > maxWithinDays) {
			throw new IllegalArgumentException(
					"claims.analysis.default-within-days must be between 0 and claims.analysis.max-within-days");
		}
		if (defaultMinDifferencePercent.signum() < 0
				|| defaultMinDifferencePercent.compareTo(maxMinDifferencePercent) > 0) {
			throw new IllegalArgumentException("claims.analysis.default-min-difference-percent must be between 0 "
					+ "and claims.analysis.max-min-difference-percent");
		}
		if (maxAge.isNegative()) {
			throw new IllegalArgumentException("claims.analysis.max-age must not be negative");
		}
	}

}
