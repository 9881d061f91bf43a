package org.casualtyclaims.alert;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * Wakes this instance's delivery worker when a local write committed alerts, so they
 * leave at once rather than at the next poll. Alerts written on another instance are
 * found by the poll.
 */
@Component
class DeliverySignal {

	private final Semaphore pending = new Semaphore(0);

	void signal() {
		if (this.pending.availablePermits() == 0) {
			this.pending.release();
		}
	}

	/** Waits for a signal or the timeout; answers whether a signal came. */
	boolean await(Duration timeout) throws InterruptedException {
		boolean signalled = this.pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.pending.drainPermits();
		return signalled;
	}

}
