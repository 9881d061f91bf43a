package org.casualtyclaims.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code /api/v1/deltas/stream} ({@code CLAIMS_STREAMS_*}), so idle or
 * never-reading clients cannot take the connections and threads other requests need.
 *
 * @param maxTotal streams open at once on this instance; more answer 503
 * @param maxPerAddress streams open at once per client address (the TCP peer)
 * @param retryAfter the {@code Retry-After} of the 503 when a cap is reached
 * @param retry the reconnection delay sent as {@code retry:} in the first event
 * @param lifetime how long a stream stays open before the server closes it, so clients
 * reconnect with {@code Last-Event-ID} and connections spread over instances
 * @param lifetimeJitter up to this much is added at random to each lifetime, so streams
 * opened together do not all reconnect together
 * @param sendTimeout a client whose send takes longer is dropped and its sender thread no
 * longer counts against {@code maxSenders}
 * @param keyCheckInterval how often the keys of open streams are checked against the
 * database; a stream whose key was revoked is closed
 * @param heartbeat how often a comment is sent so proxies keep idle streams open
 * @param maxSenders threads writing to healthy clients at once
 * @param maxQueued events queued per client; a client further behind is dropped
 */
@ConfigurationProperties("claims.streams")
record StreamProperties(@DefaultValue("2000") int maxTotal, @DefaultValue("32") int maxPerAddress,
		@DefaultValue("30s") Duration retryAfter, @DefaultValue("5s") Duration retry,
		@DefaultValue("30m") Duration lifetime, @DefaultValue("5m") Duration lifetimeJitter,
		@DefaultValue("10s") Duration sendTimeout, @DefaultValue("5s") Duration keyCheckInterval,
		@DefaultValue("15s") Duration heartbeat, @DefaultValue("64") int maxSenders,
		@DefaultValue("256") int maxQueued) {

	StreamProperties {
		if (maxTotal < 1 || maxPerAddress < 1 || maxSenders < 1 || maxQueued < 1) {
			throw new IllegalArgumentException("claims.streams caps and sizes must be at least 1");
		}
		for (Duration positive : new Duration[] { retryAfter, retry, lifetime, sendTimeout, keyCheckInterval,
				heartbeat }) {
			if (positive.isNegative() || positive.isZero()) {
				throw new IllegalArgumentException("claims.streams durations must be positive");
			}
		}
		if (lifetimeJitter.isNegative()) {
			throw new IllegalArgumentException("claims.streams.lifetime-jitter must not be negative");
		}
	}

}
