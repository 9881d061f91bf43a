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

	/**
	 * The first answer of {@code probe} that is not null within {@code ceiling}, or null
	 * when none came. A probe that throws (a failed request, say) fails the wait at once.
	 */
	public static <T> T await(Duration ceiling, Probe<T> probe) throws InterruptedException {
		long deadline = System.nanoTime() + ceiling.toNanos();
		while (System.nanoTime() < deadline) {
			T answer = ask(probe);
			if (answer != null) {
				return answer;
			}
			Thread.sleep(EVERY_MILLIS);
		}
		return ask(probe);
	}

	private static <T> T ask(Probe<T> probe) throws InterruptedException {
		try {
			return probe.get();
		}
		catch (InterruptedException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A look at the system that may throw, such as an HTTP request. */
	@FunctionalInterface
	public interface Probe<T> {

		T get() throws Exception;

	}

}
