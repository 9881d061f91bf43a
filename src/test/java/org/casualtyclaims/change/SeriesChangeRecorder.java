package org.casualtyclaims.change;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Keeps every change event the instance publishes while it is attached, for tests to wait
 * on. Attached per test rather than imported as a bean, so that its tests share the plain
 * {@code @ApiTest} context instead of booting one of their own.
 */
final class SeriesChangeRecorder implements ApplicationListener<ApplicationEvent>, AutoCloseable {

	private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

	private final ConfigurableApplicationContext context;

	private SeriesChangeRecorder(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Records from now until {@link #close()}. */
	static SeriesChangeRecorder attachTo(ConfigurableApplicationContext context) {
		SeriesChangeRecorder recorder = new SeriesChangeRecorder(context);
		context.addApplicationListener(recorder);
		return recorder;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof PayloadApplicationEvent<?> published && (published.getPayload() instanceof SeriesChanged
				|| published.getPayload() instanceof ChangesMissed)) {
			this.events.add(published.getPayload());
		}
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

	@Override
	public void close() {
		this.context.removeApplicationListener(this);
	}

}
