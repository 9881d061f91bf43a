package org.casualtyclaims.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Makes a call from several threads at the same moment, for tests of writers that race:
 * each thread waits on one latch, so none starts before all are ready, and the answers
 * come back in the order of the index each call was given.
 */
public final class Simultaneously {

	private Simultaneously() {
	}

	/**
	 * The answers of {@code times} calls started together on as many threads, waiting up
	 * to {@code eachWithin} for each. A call that throws fails the whole with an
	 * {@link java.util.concurrent.ExecutionException}; one that does not answer in time
	 * with a {@link java.util.concurrent.TimeoutException}.
	 */
	public static <T> List<T> call(int times, Duration eachWithin, Call<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> pending = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				int index = i;
				pending.add(pool.submit(() -> {
					start.await();
					return call.call(index);
				}));
			}
			start.countDown();
			List<T> answers = new ArrayList<>();
			for (Future<T> answer : pending) {
				answers.add(answer.get(eachWithin.toMillis(), TimeUnit.MILLISECONDS));
			}
			return answers;
		}
		finally {
			// a call still hanging after a failure must not outlive the test
			pool.shutdownNow();
		}
	}

	/** One of the racing calls; {@code index} (0 to times - 1) tells them apart. */
	@FunctionalInterface
	public interface Call<T> {

		T call(int index) throws Exception;

	}

}
