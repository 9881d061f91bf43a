package org.casualtyclaims.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the service waits on PostgreSQL, and what it tells clients when it gave up.
 * The wait for a pool connection is Hikari's own
 * {@code spring.datasource.hikari.connection-timeout}.
 *
 * @param statementTimeout longest a statement may run (lock waits included) before
 * PostgreSQL cancels it; 0 for none
 * @param retryAfter sent as {@code Retry-After} with the 503 that a timed-out statement,
 * an exhausted pool or an unreachable database answers
 */
@ConfigurationProperties("claims.database")
public record DatabaseProperties(@DefaultValue("5s") Duration statementTimeout,
		@DefaultValue("5s") Duration retryAfter) {

	/** Whole seconds, at least 1, as {@code Retry-After} wants them. */
	public long retryAfterSeconds() {
		long seconds = (this.retryAfter.toMillis() + 999) / 1000;
		return Math.max(1, seconds);
	}

}
