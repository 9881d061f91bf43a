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

		void runAll() {
			List<Runnable> tasks = new ArrayList<>(this.waiting);
			this.waiting.clear();
			tasks.forEach(Runnable::run);
		}

	}

	/** Records what it would send and whether it was completed. */
	static final class RecordingEmitter extends SseEmitter {

		final List<SseEventBuilder> sent = new ArrayList<>();

		boolean completed;

		@Override
		public void send(SseEventBuilder builder) {
			this.sent.add(builder);
		}

		@Override
		public void complete() {
			this.completed = true;
		}

	}

	static Subscriber subscriber(SseEmitter emitter, int maxQueued, Executor senders) {
		return new Subscriber(emitter, null, System.nanoTime() + 60_000_000_000L, maxQueued, senders, () -> {
		});
	}

	@Test
	void aStuckClientIsDroppedWhenItsQueueIsFull() {
		StuckSenders senders = new StuckSenders();
		RecordingEmitter emitter = new RecordingEmitter();
		Subscriber subscriber = subscriber(emitter, 3, senders);
		for (int id = 1; id <= 3; id++) {
			subscriber.offer(new StreamEvent(id, "series", Map.of()));
		}
		assertThat(subscriber.isClosed()).isFalse();
		subscriber.offer(new StreamEvent(4, "series", Map.of()));
		assertThat(subscriber.isClosed()).isTrue();
		// ended by its own drain, never by the thread that offered
		assertThat(emitter.completed).isFalse();
		senders.runAll();
		assertThat(emitter.completed).isTrue();
		assertThat(emitter.sent).isEmpty();
	}

	@Test
	void oneDrainAtATimePerClient() {
		StuckSenders senders = new StuckSenders();
		Subscriber subscriber = subscriber(new SseEmitter(0L), 10, senders);
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		subscriber.offer(new StreamEvent(2, "series", Map.of()));
		assertThat(senders.waiting).hasSize(1);
	}

	@Test
	void aClientThatCannotGetASenderIsDropped() {
		Subscriber subscriber = subscriber(new SseEmitter(0L), 10, (task) -> {
			throw new RejectedExecutionException("all senders busy");
		});
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		assertThat(subscriber.isClosed()).isTrue();
	}

	@Test
	void closeSendsWhatIsQueuedThenEndsTheStream() {
		StuckSenders senders = new StuckSenders();
		RecordingEmitter emitter = new RecordingEmitter();
		Subscriber subscriber = subscriber(emitter, 10, senders);
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		subscriber.close();
		subscriber.offer(new StreamEvent(2, "series", Map.of()));
		senders.runAll();
		assertThat(emitter.sent).hasSize(1);
		assertThat(emitter.completed).isTrue();
	}

	@Test
	void anIdleClientIsNeverGivenUp() {
		Subscriber subscriber = subscriber(new RecordingEmitter(), 10, Runnable::run);
		subscriber.offer(new StreamEvent(1, "series", Map.of()));
		assertThat(subscriber.giveUpIfSendingSince(System.nanoTime() + 1_000_000_000L)).isFalse();
		assertThat(subscriber.isClosed()).isFalse();
	}

	@Test
	void itsLifetimeEndsAtTheGivenTime() {
		long now = System.nanoTime();
		Subscriber subscriber = new Subscriber(new RecordingEmitter(), null, now + 1000, 10, Runnable::run, () -> {
		});
		assertThat(subscriber.outlived(now)).isFalse();
		assertThat(subscriber.outlived(now + 1000)).isTrue();
	}

}
