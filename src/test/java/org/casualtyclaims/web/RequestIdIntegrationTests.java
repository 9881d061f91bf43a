package org.casualtyclaims.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response names its request id, and what is logged during a request carries it;
 * neither the key nor the body ever reaches the log. The access log is switched on for
 * these tests (it is off by default) so that a request logs at all.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdIntegrationTests {

	private static final String ACCESS_LOGGER = "org.casualtyclaims.access";

	@Autowired
	RestTestClient http;

	@Autowired
	LoggingSystem logging;

	@Autowired
	ApiKeyService keys;

	@BeforeEach
	void logEveryRequest() {
		this.logging.setLogLevel(ACCESS_LOGGER, LogLevel.INFO);
	}

	@AfterEach
	void backToConfiguredLevel() {
		this.logging.setLogLevel(ACCESS_LOGGER, null);
	}

	@Test
	void aSaneIncomingIdIsKeptAndEchoed() {
		this.http.get()
			.uri("/api/v1/subjects")
			.header(RequestIdFilter.HEADER, "edge-7f3a:12.x_y")
			.exchange()
			.expectHeader()
			.valueEquals(RequestIdFilter.HEADER, "edge-7f3a:12.x_y");
	}

	@Test
	void withoutAnIdOrWithAnInsaneOneAFreshIdIsGiven() {
		String generated = idOf(this.http.get().uri("/api/v1/subjects").exchange().returnResult().getResponseHeaders());
		assertThat(generated).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		for (String insane : List.of("a".repeat(65), "two words", "x\"}{\"admin\":true", "")) {
			String given = idOf(this.http.get()
				.uri("/api/v1/subjects")
				.header(RequestIdFilter.HEADER, insane)
				.exchange()
				.returnResult()
				.getResponseHeaders());
			assertThat(given).as(insane).isNotEqualTo(insane).matches("[0-9a-f-]{36}").isNotEqualTo(generated);
		}
	}

	@Test
	void errorsAndRefusalsNameTheirRequestToo() {
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/api/v1/subjects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-key-at-all-0000")
			.header(RequestIdFilter.HEADER, "refused-1")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(RequestIdFilter.HEADER, "refused-1");
	}

	@Test
	void theLogOfARequestCarriesItsIdButNeverItsKeyOrBody(CapturedOutput output) throws InterruptedException {
		String key = this.keys.issue("log-test-" + System.nanoTime(), Role.ANALYST, "test").key();
		String quote = "quoted only in the body " + ClaimJson.uniqueSubject();
		this.http.post()
			.uri("/api/v1/claims")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.header(RequestIdFilter.HEADER, "log-test-write")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.with(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()), "quote", quote))
			.exchange()
			.expectStatus()
			.isCreated();
		this.http.get()
			.uri("/api/v1/subjects")
			.header("X-API-Key", key)
			.header(RequestIdFilter.HEADER, "log-test-read")
			.exchange()
			.expectStatus()
			.isOk();
		// a bad key is logged by no one either
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/api/v1/subjects")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key + "-revoked")
			.header(RequestIdFilter.HEADER, "log-test-refused")
			.exchange()
			.expectStatus()
			.isUnauthorized();

		// the access line is written once the response has gone out, so it may trail the
		// client's answer by a moment
		Polling.within(Duration.ofSeconds(5), () -> output.getOut().contains("log-test-refused"));
		assertThat(output.getOut()).contains("[log-test-write]")
			.containsPattern("log-test-write\\].*POST /api/v1/claims 201")
			.containsPattern("log-test-read\\].*GET /api/v1/subjects 200")
			.containsPattern("log-test-refused\\].*GET /api/v1/subjects 401");
		assertThat(output.getAll()).doesNotContain(key).doesNotContain(quote);
	}

	private static String idOf(HttpHeaders headers) {
		return headers.getFirst(RequestIdFilter.HEADER);
	}

}
