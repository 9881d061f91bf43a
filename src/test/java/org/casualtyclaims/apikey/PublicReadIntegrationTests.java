package org.casualtyclaims.apikey;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;

/**
 * With public read on (the default): reads need no key, and the rest of the HTTP
 * behaviour still holds.
 */
@ApiTest
class PublicReadIntegrationTests {

	@Autowired
	RestTestClient http;

	RestTestClient anonymous;

	@BeforeEach
	void withoutKey() {
		this.anonymous = TestKeys.withoutDefaultKey(this.http);
	}

	@Test
	void readsNeedNoKey() {
		this.anonymous.get()
			.uri("/api/v1/claims")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void anUnknownPathIsStill404WithoutAKey() {
		this.anonymous.get()
			.uri("/api/v1/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void anUnknownKeyIs401EvenOnAPublicRead() {
		this.anonymous.get()
			.uri("/api/v1/claims")
			.header("X-API-Key", "cc_not-a-key-at-all")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-claims\", error=\"invalid_token\"")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void healthAndTheOpenApiDocumentAreOpen() {
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.securitySchemes.bearerKey.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.components.securitySchemes.headerKey.name")
			.isEqualTo("X-API-Key");
	}

	@Test
	void theOtherClientErrorsKeepTheirStatusForAWriterKey() {
		Map<String, Object> claim = ClaimJson.podcastClaim(ClaimJson.uniqueSubject());
		this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.TEXT_PLAIN)
			.body("figure=3800")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		this.http.method(HttpMethod.PATCH)
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(claim)
			.exchange()
			.expectStatus()
			.isEqualTo(405);
		this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.with(claim, "figure", -1))
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.with(claim, "quote", "x".repeat(1024 * 1024 + 1)))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void dashboardsOnOtherOriginsMayReadAndSeeTheETag() {
		this.anonymous.get()
			.uri("/api/v1/claims")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example.org")
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> org.assertj.core.api.Assertions.assertThat(exposed).contains("ETag"));
		this.anonymous.options()
			.uri("/api/v1/claims")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, if-none-match")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
	}

	@Test
	void browsersOnOtherOriginsMayNotWriteByDefault() {
		this.anonymous.options()
			.uri("/api/v1/claims")
			.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
