package org.casualtyclaims.stream;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.casualtyclaims.support.Polling.within;

class EventStreamHubTests {

	static final Duration CEILING = Duration.ofSeconds(10);

	static final Duration LONG = Duration.ofHours(1);

	static StreamProperties limits(int maxSenders, Duration sendTimeout, Duration lifetime) {
		return new StreamProperties(100, 100, Duration.ofSeconds(30), Duration.ofSeconds(5), lifetime, Duration.ZERO,
				sendTimeout, LONG, LONG, maxSenders, 16);
	}

	/** A client that reads nothing: every send blocks until the test lets go. */
	static final class NeverReading extends SseEmitter {

		final CountDownLatch letGo;

		volatile boolean completed;

		NeverReading(CountDownLatch letGo) {
			this.letGo = letGo;
		}

		@Override
		public void complete() {
			this.completed = true;
		}

		@Override
		public void send(SseEventBuilder builder) {
			try {
				this.letGo.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	/** A client that reads everything at once. */
	static final class Reading extends SseEmitter {

		final AtomicInteger sent = new AtomicInteger();

		volatile boolean completed;

		@Override
		public void send(SseEventBuilder builder) {
			this.sent.incrementAndGet();
		}

		@Override
		public void complete() {
			this.completed = true;
		}

	}

	/** A client that reads everything and keeps the ids of the events it got. */
	static final class Recording extends SseEmitter {

		static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("(?m)^id:(\\d+)$");

		final Set<Long> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();

		@Override
		public void send(SseEventBuilder builder) {
			for (DataWithMediaType part : builder.build()) {
				java.util.regex.Matcher id = ID.matcher(String.valueOf(part.getData()));
				if (id.find()) {
					this.ids.add(Long.parseLong(id.group(1)));
				}
			}
		}

		@Override
		public void complete() {
		}

	}

	// a client joining while events are published gets every event after the one it saw,
	// by replay or live: one published between its replay and its joining once reached it
	// neither way
	@Test
	void aReconnectingClientMissesNoEventPublishedWhileItJoins() throws Exception {
		EventStreamHub hub = new EventStreamHub(new StreamProperties(100_000, 100_000, Duration.ofSeconds(30),
				Duration.ofSeconds(5), LONG, Duration.ZERO, Duration.ofSeconds(5), LONG, LONG, 4, 100_000),
				(timeout) -> new Recording());
		hub.start();
		int events = 3_000;
		java.util.concurrent.atomic.AtomicLong published = new java.util.concurrent.atomic.AtomicLong();
		Thread publisher = new Thread(() -> {
			for (long id = 1; id <= events; id++) {
				hub.publish(new StreamEvent(id, "series", Map.of()));
				published.set(id);
				// about as fast as clients join, so that joins and events interleave
				java.util.concurrent.locks.LockSupport.parkNanos(20_000);
			}
		});
		hub.publish(new StreamEvent(0, "series", Map.of()));
		publisher.start();
		Map<Recording, Long> joined = new java.util.HashMap<>();
		while (publisher.isAlive() && joined.size() < 500) {
			long seen = published.get();
			Recording client = (Recording) hub.subscribe(seen, "127.0.0." + (joined.size() % 200), null);
			joined.put(client, seen);
		}
		publisher.join();
		assertThat(joined).hasSizeGreaterThan(50);
		within(CEILING,
				() -> joined.entrySet().stream().allMatch((c) -> c.getKey().ids.size() >= events - c.getValue()));
		for (Map.Entry<Recording, Long> client : joined.entrySet()) {
			long seen = client.getValue();
			assertThat(client.getKey().ids).as("a client that saw %d got every later event", seen)
				.hasSize((int) (events - seen));
		}
		hub.stop();
	}

	@Test
	void neverReadingClientsAreDroppedAfterTheSendTimeoutAndOthersStillGetEvents() throws Exception {
		CountDownLatch letGo = new CountDownLatch(1);
		Reading reading = new Reading();
		Deque<SseEmitter> emitters = new ArrayDeque<>();
		// as many never-reading clients as there are senders, all stuck in their first
		// send
		NeverReading first = new NeverReading(letGo);
		NeverReading second = new NeverReading(letGo);
		emitters.add(first);
		emitters.add(second);
		emitters.add(reading);
		EventStreamHub hub = new EventStreamHub(limits(2, Duration.ofMillis(200), LONG), (timeout) -> emitters.poll());
		hub.start();
		try {
			hub.subscribe(null, "10.0.0.1", null);
			hub.subscribe(null, "10.0.0.2", null);
			hub.subscribe(null, "10.0.0.3", null);
			hub.publish(new StreamEvent(1, "series", Map.of()));
			// connected, then the event, while both stuck sends are still blocked; the
			// two are given up at their own time, so wait for both
			assertThat(within(CEILING, () -> reading.sent.get() == 2 && hub.subscriberCount() == 1)).isTrue();
			assertThat(letGo.getCount()).isEqualTo(1);
			// should they read again, their streams end and they reconnect
			assertThat(first.completed || second.completed).isFalse();
			letGo.countDown();
			assertThat(within(CEILING, () -> first.completed && second.completed)).isTrue();
		}
		finally {
			letGo.countDown();
			hub.destroy();
		}
	}

	@Test
	void aStreamIsClosedWhenItsLifetimeEnds() throws Exception {
		Reading reading = new Reading();
		EventStreamHub hub = new EventStreamHub(limits(2, Duration.ofMillis(200), Duration.ofMillis(300)),
				(timeout) -> reading);
		hub.start();
		try {
			hub.subscribe(null, "10.0.0.1", null);
			assertThat(within(CEILING, () -> reading.completed)).isTrue();
			assertThat(hub.subscriberCount()).isZero();
		}
		finally {
			hub.destroy();
		}
	}

	@Test
	void stoppingEndsEveryStreamAndRefusesNewOnes() throws Exception {
		Reading reading = new Reading();
		EventStreamHub hub = new EventStreamHub(limits(2, Duration.ofSeconds(1), LONG), (timeout) -> reading);
		hub.start();
		try {
			hub.subscribe(null, "10.0.0.1", null);
			hub.stop();
			assertThat(within(CEILING, () -> reading.completed)).isTrue();
			assertThat(hub.subscriberCount()).isZero();
			assertThatExceptionOfType(TooManyStreamsException.class)
				.isThrownBy(() -> hub.subscribe(null, "10.0.0.1", null));
		}
		finally {
			hub.destroy();
		}
	}

	@Test
	void aStreamOpenedWithARevokedKeyIsClosed() throws Exception {
		Reading revoked = new Reading();
		Reading kept = new Reading();
		Deque<SseEmitter> emitters = new ArrayDeque<>(List.of(revoked, kept));
		EventStreamHub hub = new EventStreamHub(limits(2, Duration.ofSeconds(1), LONG), (timeout) -> emitters.poll());
		UUID gone = UUID.randomUUID();
		hub.start();
		try {
			hub.subscribe(null, "10.0.0.1", gone);
			hub.subscribe(null, "10.0.0.1", UUID.randomUUID());
			assertThat(hub.keysInUse()).hasSize(2).contains(gone);
			hub.closeStreamsOf(Set.of(gone));
			assertThat(within(CEILING, () -> revoked.completed)).isTrue();
			assertThat(kept.completed).isFalse();
			assertThat(hub.keysInUse()).hasSize(1).doesNotContain(gone);
		}
		finally {
			hub.destroy();
		}
	}

}
