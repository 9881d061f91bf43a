package org.casualtyclaims.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition by asking it again every 20 ms, up to a generous ceiling: a test
 * passes as soon as the system gets there, and fails only when it never does.
 */
public final class Polling {

	private static final long EVERY_MILLIS = 20;

	private Polling() {
	}

	/** Whether {@code condition} held at some point within {@code ceiling}. */
	public static boolean within(Duration ceiling, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + ceiling.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(EVERY_MILLIS);
		}
		return condition.getAsBoolean();
	}

}
