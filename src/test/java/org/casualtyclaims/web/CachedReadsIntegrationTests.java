package org.casualtyclaims.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache bean as the controllers and the filter use it: one entry per query, however
 * spelt.
 */
@ApiTest
class CachedReadsIntegrationTests {

	@Autowired
	CachedReads reads;

	private static String key(String path, String... nameValues) {
		return CachedReadRequest.of(get(path, nameValues)).key();
	}

	private static MockHttpServletRequest get(String path, String... nameValues) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		for (int i = 0; i < nameValues.length; i += 2) {
			request.addParameter(nameValues[i], nameValues[i + 1]);
		}
		return request;
	}

	@Test
	void twoSpellingsOfOneQueryRenderOnce() {
		String subject = ClaimJson.uniqueSubject();
		// another test's write, announced late, may drop the entry in between: a few
		// tries
		boolean shared = false;
		for (int attempt = 0; attempt < 5 && !shared; attempt++) {
			AtomicInteger renders = new AtomicInteger();
			CachedResponse first = this.reads.cached(key("/api/v1/claims", "subject", subject, "size", "5"), () -> {
				renders.incrementAndGet();
				return "[1]".getBytes(StandardCharsets.UTF_8);
			});
			CachedResponse second = this.reads.cached(
					key("/api/v1/claims", "page", "0", "size", "05", "subject", subject, "sort", "statedOn,desc"),
					() -> {
						renders.incrementAndGet();
						return "[2]".getBytes(StandardCharsets.UTF_8);
					});
			shared = second == first && renders.get() <= 1
					&& this.reads.peek(get("/api/v1/claims", "size", "5", "subject", subject)) == first;
		}
		assertThat(shared).as("one entry for both spellings").isTrue();
		assertThat(this.reads.peek(get("/api/v1/claims", "size", "6", "subject", subject))).isNull();
	}

}
