package org.casualtyclaims.stream;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that write to clients. A write to a client that never reads blocks in
 * Tomcat until its connection timeout; once the hub gives up on such a send, the pool
 * grows by one thread until the send returns, so stuck clients never leave fewer than
 * {@code maxSenders} threads for the healthy ones. Drains wait in the queue rather than
 * being refused; there is at most one per client.
 */
final class SenderPool implements Executor {

	private final int maxSenders;

	private final ThreadPoolExecutor threads;

	private int givenUp;

	SenderPool(int maxSenders) {
		this.maxSenders = maxSenders;
		this.threads = new ThreadPoolExecutor(maxSenders, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), new CustomizableThreadFactory("stream-sender-"));
		this.threads.allowCoreThreadTimeOut(true);
	}

	@Override
	public void execute(Runnable drain) {
		this.threads.execute(drain);
	}

	/** A send was given up: its thread is stuck until Tomcat times the write out. */
	synchronized void sendGivenUp() {
		this.givenUp++;
		// a larger core size starts threads for drains already queued
		this.threads.setCorePoolSize(this.maxSenders + this.givenUp);
	}

	/** A given-up send has returned and its thread is free again. */
	synchronized void givenUpSendReturned() {
		this.givenUp--;
		this.threads.setCorePoolSize(this.maxSenders + this.givenUp);
	}

	synchronized int stuck() {
		return this.givenUp;
	}

	// queued drains still run, so closing streams get their end
	void shutdown() {
		this.threads.shutdown();
	}

}
