package org.casualtyclaims.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTests {

	private static CachedResponse response(String json) {
		return CachedResponse.of(json.getBytes(StandardCharsets.UTF_8), "1");
	}

	@Test
	void keepsWhatItComputed() {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		CachedResponse first = cache.get("a", () -> response("[1]"));
		assertThat(cache.get("a", () -> response("[2]"))).isSameAs(first);
		assertThat(cache.peek("a")).isSameAs(first);
	}

	@Test
	void aPageReadBeforeAnInvalidationIsServedOnceButNotKept() {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		CachedResponse stale = cache.get("a", () -> {
			// a write commits while this page is being read from an older snapshot
			cache.invalidate();
			return response("[1]");
		});
		assertThat(stale).isNotNull();
		assertThat(cache.peek("a")).isNull();
		CachedResponse fresh = cache.get("a", () -> response("[2]"));
		assertThat(cache.peek("a")).isSameAs(fresh);
	}

	@Test
	void invalidationDropsEverything() {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		cache.get("a", () -> response("[1]"));
		cache.get("b", () -> response("[2]"));
		cache.invalidate();
		assertThat(cache.peek("a")).isNull();
		assertThat(cache.peek("b")).isNull();
	}

	@Test
	void staysWithinItsByteBudget() {
		String big = "[" + "1,".repeat(200) + "1]";
		long budget = 4 * (response(big).size() + ResponseCache.ENTRY_OVERHEAD);
		ResponseCache<Integer> cache = new ResponseCache<>(budget);
		for (int i = 0; i < 10; i++) {
			cache.get(i, () -> response(big));
		}
		assertThat(cache.weight()).isLessThanOrEqualTo(budget);
		assertThat(cache.size()).isBetween(1L, 4L);
		// one answer over the whole budget is served, never kept
		String huge = "[" + "1,".repeat(20_000) + "1]";
		assertThat(cache.get(100, () -> response(huge))).isNotNull();
		assertThat(cache.peek(100)).isNull();
	}

	@Test
	void largeOneOffPagesDoNotEvictASmallHotEntry() {
		// eight claims?size=500 pages, each an eighth of the budget, once each
		String page = "[" + "{\"subject\":\"x\",\"figure\":1},".repeat(400) + "1]";
		long budget = 8 * (response(page).size() + ResponseCache.ENTRY_OVERHEAD);
		ResponseCache<String> cache = new ResponseCache<>(budget);
		CachedResponse hot = cache.get("latest", () -> response("[1]"));
		for (int poll = 0; poll < 20; poll++) {
			assertThat(cache.get("latest", () -> response("[2]"))).isSameAs(hot);
		}
		for (int n = 0; n < 8; n++) {
			String key = "claims?page=" + n + "&size=500";
			cache.get(key, () -> response(page));
		}
		assertThat(cache.weight()).isLessThanOrEqualTo(budget);
		assertThat(cache.peek("latest")).isSameAs(hot);
	}

	@Test
	void concurrentMissesRenderOnce() throws Exception {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		int readers = 16;
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		try {
			List<Future<CachedResponse>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> cache.get("a", () -> {
				renders.incrementAndGet();
				rendering.countDown();
				await(release);
				return response("[1]");
			})));
			assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 1; i < readers; i++) {
				answers.add(pool.submit(() -> cache.get("a", () -> {
					renders.incrementAndGet();
					return response("[2]");
				})));
			}
			// the others are queued behind the render by now, or will find its answer
			// stored
			release.countDown();
			CachedResponse first = answers.get(0).get(10, TimeUnit.SECONDS);
			for (Future<CachedResponse> answer : answers) {
				assertThat(answer.get(10, TimeUnit.SECONDS)).isSameAs(first);
			}
			assertThat(renders).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aMissAfterAnInvalidationDoesNotWaitForTheOlderRender() throws Exception {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<CachedResponse> old = pool.submit(() -> cache.get("a", () -> {
				rendering.countDown();
				await(release);
				return response("[old]");
			}));
			assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
			// a write commits: the writer's next read must see it, not join the older
			// render
			cache.invalidate();
			CachedResponse fresh = cache.get("a", () -> response("[new]"));
			assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("[new]");
			release.countDown();
			assertThat(new String(old.get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8)).isEqualTo("[old]");
			// and the older render, finishing last, is not kept
			assertThat(cache.peek("a")).isSameAs(fresh);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void waitersFailAsTheRenderFailed() throws Exception {
		ResponseCache<String> cache = new ResponseCache<>(1_000_000);
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			pool.submit(() -> cache.get("a", () -> {
				rendering.countDown();
				await(release);
				throw new IllegalStateException("database down");
			}));
			assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
			Future<CachedResponse> waiter = pool.submit(() -> cache.get("a", () -> response("[1]")));
			release.countDown();
			// the waiter either shared the failure or, arriving after it, rendered itself
			try {
				assertThat(waiter.get(10, TimeUnit.SECONDS)).isNotNull();
			}
			catch (ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("database down");
			}
			// nothing kept from the failure: the next miss renders
			assertThat(cache.get("a", () -> response("[2]"))).isNotNull();
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void tagsNameTheBytes() {
		assertThat(response("[1]").tag()).isEqualTo(response("[1]").tag()).isNotEqualTo(response("[2]").tag());
		assertThat(CachedResponse.of("[1]".getBytes(StandardCharsets.UTF_8), "2").tag())
			.isNotEqualTo(response("[1]").tag());
	}

	@Test
	void gzipOnlyWhenAccepted() {
		assertThat(CachedResponse.acceptsGzip(null)).isFalse();
		assertThat(CachedResponse.acceptsGzip("gzip")).isTrue();
		assertThat(CachedResponse.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
		assertThat(CachedResponse.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(CachedResponse.acceptsGzip("gzip; q=0.000")).isFalse();
		assertThat(CachedResponse.acceptsGzip("br, deflate")).isFalse();
	}

}
