package org.casualtyclaims.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances tell each other of writes; {@code CLAIMS_CHANGES_*} bind by name.
 *
 * @param pollInterval how often the listener reads the change sequence, which also keeps
 * its idle connection from hitting the socket timeout
 * @param missedAfter how long a committed change may go unannounced before the listener
 * assumes its writer died and treats it as missed
 * @param socketTimeout how long the listening connection may stay silent before it counts
 * as broken; more than {@code pollInterval}
 * @param connectTimeout how long opening the listening connection may take
 * @param readyTimeout how long start-up waits for the listener to be listening
 * @param maxPayloadBytes the largest notification (PostgreSQL refuses 8000 bytes)
 * @param maxSeries the most series one notification names; past that it says "all"
 */
@ConfigurationProperties("claims.changes")
public record ChangesProperties(@DefaultValue("1s") Duration pollInterval, @DefaultValue("2s") Duration missedAfter,
		@DefaultValue("10s") Duration socketTimeout, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration readyTimeout, @DefaultValue("4000") int maxPayloadBytes,
		@DefaultValue("100") int maxSeries) {

	// room for {"id":…,"ids":[],"all":true} whatever else overflows
	static final int MIN_PAYLOAD_BYTES = 200;

	// PostgreSQL's own limit is 8000 bytes
	static final int MAX_PAYLOAD_BYTES = 7999;

	// stream event ids leave room for this many series per change (SeriesEventPublisher)
	static final int MAX_SERIES = 10_000;

	public ChangesProperties {
		requirePositive("poll-interval", pollInterval);
		requirePositive("missed-after", missedAfter);
		requirePositive("connect-timeout", connectTimeout);
		requirePositive("ready-timeout", readyTimeout);
		if (socketTimeout == null || socketTimeout.compareTo(pollInterval) <= 0) {
			throw new IllegalArgumentException("claims.changes.socket-timeout must exceed poll-interval, else an idle"
					+ " listening connection times out between two polls");
		}
		if (maxPayloadBytes < MIN_PAYLOAD_BYTES || maxPayloadBytes > MAX_PAYLOAD_BYTES) {
			throw new IllegalArgumentException("claims.changes.max-payload-bytes must be between " + MIN_PAYLOAD_BYTES
					+ " and " + MAX_PAYLOAD_BYTES);
		}
		if (maxSeries < 1 || maxSeries > MAX_SERIES) {
			throw new IllegalArgumentException("claims.changes.max-series must be between 1 and " + MAX_SERIES);
		}
	}

	private static void requirePositive(String name, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("claims.changes." + name + " must be a positive duration");
		}
	}

}
