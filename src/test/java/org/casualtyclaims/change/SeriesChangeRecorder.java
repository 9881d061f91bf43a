package org.casualtyclaims.change;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Keeps every change event the instance publishes, for tests to wait on. */
@TestComponent
class SeriesChangeRecorder {

	private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

	@EventListener
	void changed(SeriesChanged event) {
		this.events.add(event);
	}

	@EventListener
	void missed(ChangesMissed event) {
		this.events.add(event);
	}

	/** Forgets the events so far, so a wait sees only what comes next. */
	void clear() {
		this.events.clear();
	}

	/** Waits for an event that matches; null when none came in time. */
	Object await(Predicate<Object> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Object event = this.events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event != null && matching.test(event)) {
				return event;
			}
		}
		return null;
	}

}
