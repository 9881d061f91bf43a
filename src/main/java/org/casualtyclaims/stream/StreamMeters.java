package org.casualtyclaims.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The event streams of this instance as gauges: the clients being sent to, and the
 * connections still holding a slot (which include clients given up on whose socket has
 * not closed yet). Read from the hub at each scrape; both are counts already kept.
 */
@Component
class StreamMeters implements MeterBinder {

	private final EventStreamHub hub;

	StreamMeters(EventStreamHub hub) {
		this.hub = hub;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("claims.streams.subscribers", this.hub, EventStreamHub::subscriberCount)
			.description("Event stream clients this instance sends to")
			.register(registry);
		Gauge.builder("claims.streams.open", this.hub, EventStreamHub::openStreams)
			.description("Event stream connections holding a slot against the caps")
			.register(registry);
	}

}
