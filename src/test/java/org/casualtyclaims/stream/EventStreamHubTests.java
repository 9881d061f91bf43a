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
