package org.casualtyclaims.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected client with a bounded queue of its own. Sending happens on the shared
 * sender pool, one drain at a time per client, so a slow client only fills its own
 * queue; when the queue overflows the client is dropped and must reconnect, where
 * {@code Last-Event-ID} replays what it missed.
 */
final class Subscriber {

	private final SseEmitter emitter;

	private final int maxQueued;

	private final Executor senders;

	private final ArrayDeque<Object> queue = new ArrayDeque<>();

	private boolean draining;

	private volatile boolean closed;

	Subscriber(SseEmitter emitter, int maxQueued, Executor senders) {
		this.emitter = emitter;
		this.maxQueued = maxQueued;
		this.senders = senders;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	boolean isClosed() {
		return this.closed;
	}

	/** Queues an event, or a String for a comment line (heartbeat). */
	void offer(Object item) {
		synchronized (this.queue) {
			if (this.closed) {
				return;
			}
			if (this.queue.size() >= this.maxQueued) {
				closeLagging();
				return;
			}
			this.queue.addLast(item);
			if (this.draining) {
				return;
			}
			this.draining = true;
		}
		try {
			this.senders.execute(this::drain);
		}
		catch (RejectedExecutionException ex) {
			closeLagging();
		}
	}

	private void drain() {
		while (true) {
			Object item;
			synchronized (this.queue) {
				item = this.queue.pollFirst();
				if (item == null || this.closed) {
					this.draining = false;
					return;
				}
			}
			try {
				send(item);
			}
			catch (IOException | IllegalStateException ex) {
				markClosed();
				return;
			}
		}
	}

	private void send(Object item) throws IOException {
		if (item instanceof StreamEvent event) {
			SseEmitter.SseEventBuilder builder = SseEmitter.event().name(event.name());
			if (event.id() != StreamEvent.NO_ID) {
				builder.id(Long.toString(event.id()));
			}
			this.emitter.send(builder.data(event.data(), MediaType.APPLICATION_JSON));
		}
		else {
			this.emitter.send(SseEmitter.event().comment(item.toString()));
		}
	}

	void markClosed() {
		synchronized (this.queue) {
			this.closed = true;
			this.queue.clear();
		}
	}

	private void closeLagging() {
		markClosed();
		this.emitter.complete();
	}

}
