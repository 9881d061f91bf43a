package org.casualtyclaims.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriberTests {

	/** A sender pool that never gets round to sending: the client looks stuck. */
	static final class StuckSenders implements Executor {

		final List<Runnable> waiting = new ArrayList<>();

		@Override
		public void execute(Runnable task) {
			this.waiting.add(task);
		}

	}

	@Test
	void aStuckClientIsDroppedWhenItsQueueIsFull() {
		StuckSenders senders = new StuckSenders();
		Subscriber subscriber = new Subscriber(new SseEmitter(0L), 3, senders);
		for (int id = 1; id <= 3; id++) {
			subscriber.offer(new StreamEvent(id, "series", Map.of()));
		}
		assertThat(subscriber.isClosed()).isFalse();
		subscriber.offer(new StreamEvent(4, "series", Map.of()));
		assertThat(subscriber.isClosed()).isTrue();
	}

	@Test
	void oneDrainAtATimePerClient() {
		StuckSenders senders = new StuckSenders();
		Subscriber subscriber = new Subscriber(new SseEmitter(0L), 10, senders);
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		subscriber.offer(new StreamEvent(2, "series", Map.of()));
		assertThat(senders.waiting).hasSize(1);
	}

	@Test
	void aClientThatCannotGetASenderIsDropped() {
		Subscriber subscriber = new Subscriber(new SseEmitter(0L), 10, (task) -> {
			throw new RejectedExecutionException("all senders busy");
		});
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		assertThat(subscriber.isClosed()).isTrue();
	}

}
