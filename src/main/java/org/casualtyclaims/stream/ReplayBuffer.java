package org.casualtyclaims.stream;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * The latest events, so a client that reconnects with {@code Last-Event-ID} gets what it
 * missed. It answers empty when it cannot vouch for the gap: before it has heard
 * anything, after events older than the gap were evicted, or after notifications were
 * lost. The client must then refetch.
 */
final class ReplayBuffer {

	private final int capacity;

	private final ArrayDeque<StreamEvent> events = new ArrayDeque<>();

	// events with ids up to this one may be unknown here; MAX_VALUE means "nothing known
	// yet"
	private long horizon = Long.MAX_VALUE;

	ReplayBuffer(int capacity) {
		this.capacity = capacity;
	}

	synchronized void add(StreamEvent event) {
		if (this.horizon == Long.MAX_VALUE) {
			this.horizon = event.id() - 1;
		}
		this.events.addLast(event);
		if (this.events.size() > this.capacity) {
			this.horizon = Math.max(this.horizon, this.events.removeFirst().id());
		}
	}

	/** Notifications were lost: nothing before now can be replayed. */
	synchronized void forget() {
		this.events.clear();
		this.horizon = Long.MAX_VALUE;
	}

	/**
	 * The events after {@code lastEventId}, oldest first, or empty when they are not all
	 * known.
	 */
	synchronized Optional<List<StreamEvent>> after(long lastEventId) {
		if (lastEventId < this.horizon) {
			return Optional.empty();
		}
		return Optional.of(this.events.stream().filter((e) -> e.id() > lastEventId).toList());
	}

}
