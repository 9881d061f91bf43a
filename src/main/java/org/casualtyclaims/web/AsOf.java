package org.casualtyclaims.web;

import java.time.Clock;
import java.time.Instant;

/**
 * The {@code asOf} query parameter of the as-of reads: an ISO-8601 instant not in the
 * future (the future is not known yet; the past before any data is simply empty). As-of
 * answers are never kept in {@link CachedReads} ({@link CachedReads#uncached}): it drops
 * everything on every write anyway, and one entry per instant asked for would crowd out
 * the hot reads.
 */
public final class AsOf {

	/** The parameter's name, as {@link CachedReadFilter} looks for it. */
	public static final String PARAMETER = "asOf";

	/** How the as-of reads describe the parameter in the OpenAPI document. */
	public static final String DESCRIPTION = "An ISO-8601 instant (2025-01-07T12:00:00Z): answer as the data stood "
			+ "then, rebuilt from the claims' revision history; not in the future. Never served from the response cache.";

	private AsOf() {
	}

	/** {@code asOf} itself, or a 400 when it lies after now. Null passes. */
	public static Instant check(Instant asOf, Clock clock) {
		if (asOf != null && asOf.isAfter(clock.instant())) {
			throw new InvalidParameterException(PARAMETER,
					"must not be in the future: an as-of read answers as the data stood at a past instant");
		}
		return asOf;
	}

}
