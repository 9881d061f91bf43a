package org.casualtyclaims.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One connected client with a bounded queue of its own. Sending happens on the shared
 * sender pool, one drain at a time per client, so a slow client only fills its own queue;
 * when the queue overflows the client is dropped and must reconnect, where
 * {@code Last-Event-ID} replays what it missed. Only the drain completes the emitter:
 * completing takes the emitter's write lock, which a send stuck on a full socket holds.
 */
final class Subscriber {

	// queued last: the drain completes the response when it gets there
	private static final Object CLOSE = new Object();

	private static final long IDLE = 0;

	private static final long GIVEN_UP = Long.MIN_VALUE;

	private final SseEmitter emitter;

	private final UUID key;

	private final long closesAt;

	private final int maxQueued;

	private final Executor senders;

	private final Runnable givenUpSendReturned;

	private final ArrayDeque<Object> queue = new ArrayDeque<>();

	// when the current send started (System.nanoTime, odd so never IDLE), IDLE or
	// GIVEN_UP
	private final AtomicLong sendingSince = new AtomicLong(IDLE);

	private boolean draining;

	private volatile boolean closing;

	private volatile boolean closed;

	/**
	 * @param key the API key the stream was opened with, null when it sent none
	 * @param closesAt when its lifetime ends, in {@link System#nanoTime()} terms
	 * @param givenUpSendReturned run when a send the hub gave up on finally returns
	 */
	Subscriber(SseEmitter emitter, UUID key, long closesAt, int maxQueued, Executor senders,
			Runnable givenUpSendReturned) {
		this.emitter = emitter;
		this.key = key;
		this.closesAt = closesAt;
		this.maxQueued = maxQueued;
		this.senders = senders;
		this.givenUpSendReturned = givenUpSendReturned;
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	UUID key() {
		return this.key;
	}

	/** Whether it gets no more events: dropped, or closing once its queue is sent. */
	boolean isClosed() {
		return this.closed || this.closing;
	}

	boolean outlived(long nowNanos) {
		return nowNanos - this.closesAt >= 0;
	}

	/** Queues an event, a String for a comment line (heartbeat), or a built event. */
	void offer(Object item) {
		synchronized (this.queue) {
			if (this.closed || this.closing) {
				return;
			}
			if (this.queue.size() >= this.maxQueued) {
				// too far behind: what it missed is replayed when it reconnects
				this.queue.clear();
				this.closing = true;
				this.queue.addLast(CLOSE);
			}
			else {
				this.queue.addLast(item);
			}
			if (this.draining) {
				return;
			}
			this.draining = true;
		}
		startDrain();
	}

	/** Ends the stream once what is queued has been sent; the client reconnects. */
	void close() {
		synchronized (this.queue) {
			if (this.closed || this.closing) {
				return;
			}
			this.closing = true;
			this.queue.addLast(CLOSE);
			if (this.draining) {
				return;
			}
			this.draining = true;
		}
		startDrain();
	}

	/**
	 * Gives up on the client when its current send started before {@code deadline}: it
	 * gets nothing more, and the answer says whether it was given up just now.
	 */
	boolean giveUpIfSendingSince(long deadlineNanos) {
		long since = this.sendingSince.get();
		if (since == IDLE || since == GIVEN_UP || since - deadlineNanos > 0
				|| !this.sendingSince.compareAndSet(since, GIVEN_UP)) {
			return false;
		}
		markClosed();
		return true;
	}

	void markClosed() {
		synchronized (this.queue) {
			this.closed = true;
			this.queue.clear();
		}
	}

	private void startDrain() {
		try {
			this.senders.execute(this::drain);
		}
		catch (RejectedExecutionException ex) {
			// no drain runs for this client, so nothing holds its write lock
			markClosed();
			this.emitter.complete();
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
			if (item == CLOSE) {
				markClosed();
				completeQuietly();
				return;
			}
			long started = System.nanoTime() | 1;
			this.sendingSince.set(started);
			boolean failed = false;
			try {
				send(item);
			}
			catch (IOException | RuntimeException ex) {
				failed = true;
			}
			if (!this.sendingSince.compareAndSet(started, IDLE)) {
				// given up while sending: end the stream, should the client read again
				this.givenUpSendReturned.run();
				completeQuietly();
				return;
			}
			if (failed) {
				markClosed();
				return;
			}
		}
	}

	private void completeQuietly() {
		try {
			this.emitter.complete();
		}
		catch (RuntimeException ex) {
			// already ended by a failed write
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
		else if (item instanceof SseEmitter.SseEventBuilder built) {
			this.emitter.send(built);
		}
		else {
			this.emitter.send(SseEmitter.event().comment(item.toString()));
		}
	}

}
