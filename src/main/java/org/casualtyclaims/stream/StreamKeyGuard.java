package org.casualtyclaims.stream;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import org.casualtyclaims.apikey.RevokedKeys;

/**
 * Closes streams whose API key was revoked after they opened. The key was checked once,
 * when the stream began; this checks the keys of all open streams in one query every
 * {@code claims.streams.key-check-interval}, against PostgreSQL, so a revocation made
 * through any instance reaches every instance's streams.
 */
@Component
class StreamKeyGuard implements DisposableBean {

	private static final Log log = LogFactory.getLog(StreamKeyGuard.class);

	private final EventStreamHub hub;

	private final RevokedKeys revoked;

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("stream-key-guard-"));

	StreamKeyGuard(EventStreamHub hub, RevokedKeys revoked, StreamProperties limits) {
		this.hub = hub;
		this.revoked = revoked;
		long interval = limits.keyCheckInterval().toMillis();
		this.timer.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
	}

	void check() {
		try {
			Set<UUID> keys = this.hub.keysInUse();
			if (!keys.isEmpty()) {
				Set<UUID> gone = this.revoked.among(keys);
				if (!gone.isEmpty()) {
					this.hub.closeStreamsOf(gone);
				}
			}
		}
		catch (RuntimeException ex) {
			// the database is away: keep the streams, check again next time
			log.warn("Could not check the keys of open streams: " + ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
