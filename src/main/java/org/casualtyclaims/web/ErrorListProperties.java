package org.casualtyclaims.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many entries a validation problem lists in {@code errors}; {@code errorsOmitted}
 * counts the rest. A 500-claim report can break thousands of rules, and an answer of
 * megabytes helps nobody fix it.
 *
 * @param maxListed the most entries listed
 */
@ConfigurationProperties("claims.errors")
public record ErrorListProperties(@DefaultValue("100") int maxListed) {

	public ErrorListProperties {
		if (maxListed < 1) {
			throw new IllegalArgumentException("claims.errors.max-listed must be at least 1");
		}
	}

}
