package org.casualtyclaims.series;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many subjects {@code GET /api/v1/subjects} lists at most
 * ({@code CLAIMS_SUBJECTS_MAX_LISTED}): a picker's list, not a listing to page through,
 * but still one answer of bounded size however many subjects there are.
 *
 * @param maxListed the most subjects listed, the first in subject order
 */
@ConfigurationProperties("claims.subjects")
public record SubjectListProperties(@DefaultValue("10000") int maxListed) {

	public SubjectListProperties {
		if (maxListed < 1) {
			throw new IllegalArgumentException("claims.subjects.max-listed must be at least 1");
		}
	}

}
