package org.casualtyclaims.ratelimit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Low limits with an hour's period, so nothing refills while a test runs, swapped into
 * the shared test context (whose limits are too high to reach) and back. Every test
 * starts with full buckets. Another client address is 127.0.0.2: a socket bound to it
 * reaches the server over loopback with that peer address.
 */
@ApiTest
class RateLimitIntegrationTests {

	private static final RateLimitProperties LOW = new RateLimitProperties(Duration.ofHours(1), 2, 3, 3, 6, 1_000);

	@Autowired
	RestTestClient http;

	@Autowired
	RateLimiter limiter;

	@Autowired
	ApiKeyService keys;

	@Autowired
	RateLimitProperties configured;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	RestTestClient anonymous;

	@BeforeEach
	void lowLimits() {
		this.limiter.use(LOW);
		this.anonymous = TestKeys.withoutDefaultKey(this.http);
	}

	@AfterEach
	void configuredLimits() {
		this.limiter.use(this.configured);
	}

	@Test
	void writesPastTheKeysLimitAre429() {
		double refusedBefore = refused("write_per_key");
		for (int i = 0; i < 2; i++) {
			Api.post(this.http, "/api/v1/claims", ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
				.expectStatus()
				.isCreated();
		}
		assertTooManyRequests(Api.post(this.http, "/api/v1/claims", ClaimJson.podcastClaim(ClaimJson.uniqueSubject())),
				"writes");
		assertThat(refused("write_per_key")).isEqualTo(refusedBefore + 1);
		// the key's reads are counted apart, and another key writes on
		this.http.get().uri("/api/v1/subjects").exchange().expectStatus().isOk();
		String other = this.keys.issue("rate-limit-other-" + System.nanoTime(), Role.ANALYST, "test").key();
		this.http.post()
			.uri("/api/v1/claims")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void readsPastTheKeysLimitAre429() {
		for (int i = 0; i < 3; i++) {
			this.http.get().uri("/api/v1/subjects").exchange().expectStatus().isOk();
		}
		assertTooManyRequests(this.http.get().uri("/api/v1/subjects").exchange(), "reads");
		this.http.get()
			.uri("/api/v1/subjects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anonymousReadsPastTheAddressLimitAre429() throws IOException {
		for (int i = 0; i < 3; i++) {
			this.anonymous.get().uri("/api/v1/subjects").exchange().expectStatus().isOk();
		}
		assertTooManyRequests(this.anonymous.get().uri("/api/v1/subjects").exchange(), "reads without a key");
		// a key's reads are its own; another address has its own bucket
		this.http.get().uri("/api/v1/subjects").exchange().expectStatus().isOk();
		assertThat(statusFrom("127.0.0.2", "/api/v1/subjects")).isEqualTo(200);
	}

	@Test
	void readsTheCacheAnswersHaveALimitToo() throws IOException {
		String page = "/api/v1/deltas/latest?size=7";
		// the first is a miss (a read), the rest hits (cached reads) until their limit
		int ok = 0;
		while (ok < 20
				&& this.anonymous.get().uri(page).exchange().returnResult(byte[].class).getStatus().value() == 200) {
			ok++;
		}
		assertThat(ok).as("reads before the first 429").isBetween(6, 9);
		// refused on the cached path: the hits' own limit, not the one for other reads
		assertTooManyRequests(this.anonymous.get().uri(page).exchange(), "cached reads without a key");
		assertThat(statusFrom("127.0.0.2", page)).isEqualTo(200);
	}

	@Test
	void everyCountedAnswerSaysHowMuchIsLeft() {
		for (int left = 2; left >= 0; left--) {
			this.anonymous.get()
				.uri("/api/v1/subjects")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("RateLimit-Remaining", Integer.toString(left))
				.expectHeader()
				.value("RateLimit-Reset", (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
		}
		this.anonymous.get()
			.uri("/api/v1/subjects")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.valueEquals("RateLimit-Remaining", "0");
	}

	private double refused(String kind) {
		return this.meters.get("claims.ratelimit.refused").tag("kind", kind).counter().count();
	}

	private static void assertTooManyRequests(ResponseSpec response, String what) {
		response.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/too-many-requests")
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).startsWith("At most").contains(" " + what + " per "));
	}

	// RestTestClient cannot choose its local address; a raw HTTP/1.1 request can
	private int statusFrom(String localAddress, String path) throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 5_000);
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String statusLine = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
				.readLine();
			return Integer.parseInt(statusLine.split(" ")[1]);
		}
	}

}
