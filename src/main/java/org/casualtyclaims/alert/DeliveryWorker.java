package org.casualtyclaims.alert;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due alerts: lease a batch, send them all at once, record each
 * attempt, repeat; sleep a poll interval (or until a local write signals) when nothing is
 * due. Any number of instances may run one: the lease keeps each alert with one sender.
 * An alert is marked delivered only after a 2xx, so a crash between the answer and the
 * mark sends it again: delivery is at least once, and exactly once unless an instance
 * dies in that moment. Receivers dedupe on the event id.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(DeliveryWorker.class);

	private final OutboxLeases leases;

	private final WebhookSender sender;

	private final TargetGuard guard;

	private final WebhookProperties properties;

	private final DeliverySignal signal;

	private final Backoff backoff;

	private volatile Thread thread;

	DeliveryWorker(OutboxLeases leases, WebhookSender sender, TargetGuard guard, WebhookProperties properties,
			DeliverySignal signal) {
		this.leases = leases;
		this.sender = sender;
		this.guard = guard;
		this.properties = properties;
		this.signal = signal;
		this.backoff = new Backoff(properties.backoffBase(), properties.backoffMax());
	}

	@Override
	public synchronized void start() {
		if (!this.properties.enabled() || this.thread != null) {
			return;
		}
		Thread worker = new Thread(this::run, "alert-delivery");
		worker.setDaemon(true);
		this.thread = worker;
		worker.start();
	}

	@Override
	public synchronized void stop() {
		Thread worker = this.thread;
		this.thread = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(this.properties.connectTimeout().plus(this.properties.requestTimeout()).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void run() {
		while (this.thread == Thread.currentThread()) {
			try {
				int sent = deliverDueBatch();
				if (sent < this.properties.batchSize()) {
					this.signal.await(this.properties.pollInterval());
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the database may be away; the leases expire and the alerts wait
				log.warn("Alert delivery failed; trying again after the poll interval: " + ex.getMessage());
				sleepQuietly(this.properties.pollInterval());
			}
		}
	}

	/** Leases and sends one batch; answers how many alerts it leased. */
	int deliverDueBatch() {
		List<OutboxLeases.Leased> batch = this.leases.lease(this.properties.batchSize(), this.properties.lease());
		List<CompletableFuture<Void>> sends = new ArrayList<>(batch.size());
		for (OutboxLeases.Leased alert : batch) {
			sends.add(deliver(alert));
		}
		sends.forEach(CompletableFuture::join);
		return batch.size();
	}

	private CompletableFuture<Void> deliver(OutboxLeases.Leased alert) {
		Instant start = Instant.now();
		if (!alert.subscriptionActive()) {
			finish(alert, OutboxLeases.Outcome.CANCELLED, start, null, "the subscription was deactivated");
			return CompletableFuture.completedFuture(null);
		}
		URI target;
		try {
			target = this.guard.check(alert.targetUrl());
		}
		catch (RefusedTargetException ex) {
			failed(alert, start, null, ex.getMessage());
			return CompletableFuture.completedFuture(null);
		}
		return this.sender.send(target, alert).handle((status, error) -> {
			if (error != null) {
				failed(alert, start, null, describe(error));
			}
			else if (status >= 200 && status < 300) {
				finish(alert, OutboxLeases.Outcome.DELIVERED, start, status, null);
			}
			else {
				failed(alert, start, status, "the target answered " + status);
			}
			return null;
		});
	}

	private void failed(OutboxLeases.Leased alert, Instant start, Integer status, String error) {
		boolean last = alert.attempt() >= this.properties.maxAttempts();
		finish(alert, last ? OutboxLeases.Outcome.FAILED : OutboxLeases.Outcome.RETRYING, start, status, error);
	}

	private void finish(OutboxLeases.Leased alert, OutboxLeases.Outcome outcome, Instant start, Integer status,
			String error) {
		long millis = Duration.between(start, Instant.now()).toMillis();
		Duration retryAfter = (outcome == OutboxLeases.Outcome.RETRYING)
				? this.backoff.after(alert.attempt(), ThreadLocalRandom.current()) : null;
		try {
			this.leases.finish(alert, new OutboxLeases.Attempt(outcome, start, status, error, millis), retryAfter);
		}
		catch (RuntimeException ex) {
			// unrecorded: the lease runs out and the alert is sent again (at least once)
			log.warn("Could not record delivery attempt " + alert.attempt() + " of alert " + alert.id() + ": "
					+ ex.getMessage());
		}
	}

	// the log is shown to subscribers: plain words, no class names or stack traces
	private static String describe(Throwable error) {
		Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause() : error;
		if (cause instanceof java.util.concurrent.TimeoutException
				|| cause instanceof java.net.http.HttpTimeoutException) {
			return "no answer within the timeout";
		}
		if (cause instanceof java.net.ConnectException) {
			return "could not connect to the target";
		}
		return "the connection to the target failed";
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
