package org.casualtyclaims.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many requests a client may make per {@code period}; {@code CLAIMS_RATE_LIMIT_*}
 * binds by name. Each limit is a bucket of that many requests, refilled evenly over the
 * period, so a client may burst up to the limit and then goes at the average rate.
 *
 * @param period the window the counts below are per
 * @param writesPerKey POST, PUT, PATCH and DELETE by one API key
 * @param readsPerKey GET and HEAD by one API key
 * @param readsPerAddress reads without a key, by one client address
 * @param cachedReadsPerAddress reads without a key that the response cache answers before
 * security and MVC run (a hit costs little, so this limit is higher), by one client
 * address
 * @param maxClients the keys and addresses tracked at once; beyond it the least recently
 * seen is forgotten (and starts again with a full bucket)
 */
@ConfigurationProperties("claims.rate-limit")
public record RateLimitProperties(@DefaultValue("1m") Duration period, @DefaultValue("600") long writesPerKey,
		@DefaultValue("6000") long readsPerKey, @DefaultValue("600") long readsPerAddress,
		@DefaultValue("6000") long cachedReadsPerAddress, @DefaultValue("100000") int maxClients) {

	// a zero limit would refuse everything, and a bucket cannot be built from it: say so
	// at start
	public RateLimitProperties {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("claims.rate-limit.period must be positive");
		}
		if (writesPerKey < 1 || readsPerKey < 1 || readsPerAddress < 1 || cachedReadsPerAddress < 1 || maxClients < 1) {
			throw new IllegalArgumentException("claims.rate-limit limits and max-clients must be 1 or more");
		}
	}

}
