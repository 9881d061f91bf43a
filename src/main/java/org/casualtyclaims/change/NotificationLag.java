package org.casualtyclaims.change;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * How long this instance's writes take from their commit to their notification arriving
 * back at this instance's listener: the time other instances' caches and streams trail a
 * write, since PostgreSQL delivers one notification to every listener at once. Measured
 * on one instance's monotonic clock, so no clock skew between hosts enters it; recorded
 * as the timer {@code claims.changes.notification.lag}.
 */
@Component
class NotificationLag {

	// notifications sent but not heard back (a lost one is forgotten past this many)
	private static final int MAX_AWAITED = 1024;

	private final Timer lag;

	// change id a notification is named by -> nanoTime of its oldest commit; guarded by
	// itself
	private final Map<Long, Long> awaited = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
			return size() > MAX_AWAITED;
		}

	};

	NotificationLag(MeterRegistry registry) {
		this.lag = Timer.builder("claims.changes.notification.lag")
			.description("From the commit of a write to its change notification arriving at the listener")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(registry);
	}

	/**
	 * A notification named {@code id} goes out for writes the oldest of which committed
	 * then.
	 */
	void sending(long id, long oldestCommitNanos) {
		synchronized (this.awaited) {
			this.awaited.put(id, oldestCommitNanos);
		}
	}

	/** A notification named {@code id} arrived; counted if this instance sent it. */
	void arrived(long id) {
		Long committedAt;
		synchronized (this.awaited) {
			committedAt = this.awaited.remove(id);
		}
		if (committedAt != null) {
			this.lag.record(System.nanoTime() - committedAt, TimeUnit.NANOSECONDS);
		}
	}

}
