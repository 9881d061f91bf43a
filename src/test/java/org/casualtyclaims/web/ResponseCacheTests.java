package org.casualtyclaims.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseCacheTests {

	private static CachedResponse response(String json) {
		return CachedResponse.of(json.getBytes(StandardCharsets.UTF_8), "1");
	}

	@Test
	void keepsWhatItComputed() {
		ResponseCache<String> cache = new ResponseCache<>(10, 1_000_000);
		CachedResponse first = cache.get("a", () -> response("[1]"));
		assertThat(cache.get("a", () -> response("[2]"))).isSameAs(first);
		assertThat(cache.peek("a")).isSameAs(first);
	}

	@Test
	void aPageReadBeforeAnInvalidationIsServedOnceButNotKept() {
		ResponseCache<String> cache = new ResponseCache<>(10, 1_000_000);
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
		ResponseCache<String> cache = new ResponseCache<>(10, 1_000_000);
		cache.get("a", () -> response("[1]"));
		cache.get("b", () -> response("[2]"));
		cache.invalidate();
		assertThat(cache.peek("a")).isNull();
		assertThat(cache.peek("b")).isNull();
	}

	@Test
	void staysWithinItsBound() {
		ResponseCache<Integer> cache = new ResponseCache<>(3, 1_000_000);
		for (int i = 0; i < 10; i++) {
			int n = i;
			cache.get(n, () -> response("[" + n + "]"));
		}
		assertThat(cache.size()).isLessThanOrEqualTo(3);
		assertThat(cache.peek(9)).isNotNull();
	}

	@Test
	void staysWithinItsByteBudget() {
		ResponseCache<Integer> cache = new ResponseCache<>(100, 1_000);
		String big = "[" + "1,".repeat(200) + "1]";
		for (int i = 0; i < 10; i++) {
			cache.get(i, () -> response(big));
		}
		assertThat(cache.size() * response(big).size()).isLessThanOrEqualTo(1_000);
		assertThat(cache.peek(9)).isNotNull();
		// one answer over the whole budget is served, never kept
		String huge = "[" + "1,".repeat(2_000) + "1]";
		assertThat(cache.get(100, () -> response(huge))).isNotNull();
		assertThat(cache.peek(100)).isNull();
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
