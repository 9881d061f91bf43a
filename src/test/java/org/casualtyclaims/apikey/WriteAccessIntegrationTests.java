package org.casualtyclaims.apikey;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.TestKeys;

/**
 * Every write endpoint refuses a missing, unknown or revoked key with 401 and a reader
 * key with 403, before any validation runs, and changes nothing.
 */
@ApiTest
class WriteAccessIntegrationTests {

	@Autowired
	RestTestClient http;

	RestTestClient anonymous;

	String claimId;

	@BeforeEach
	void createClaim() {
		this.anonymous = TestKeys.withoutDefaultKey(this.http);
		Map<?, ?> claim = this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		this.claimId = (String) claim.get("id");
	}

	/**
	 * A write request, named for the test report; {@code send} gets the client and a
	 * claim id.
	 */
	record Write(String name, BiFunction<RestTestClient, String, RestTestClient.RequestHeadersSpec<?>> send) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	// the reports endpoint may not exist in this branch yet: security answers before any
	// controller
	static Stream<Write> writes() {
		return Stream.of(
				new Write("POST /claims",
						(http, id) -> http.post()
							.uri("/api/v1/claims")
							.contentType(MediaType.APPLICATION_JSON)
							.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))),
				new Write("PUT /claims/{id}",
						(http, id) -> http.put()
							.uri("/api/v1/claims/{id}", id)
							.contentType(MediaType.APPLICATION_JSON)
							.body(ClaimJson.contactGroupClaim(ClaimJson.uniqueSubject()))),
				new Write("DELETE /claims/{id}",
						(http, id) -> http.delete().uri("/api/v1/claims/{id}?reason=wrong", id)),
				new Write("POST /reports",
						(http, id) -> http.post()
							.uri("/api/v1/reports")
							.contentType(MediaType.APPLICATION_JSON)
							.body(ReportJson.report("Briefing",
									List.of(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))))),
				// security answers before validation would have said 400
				new Write("POST /claims, invalid body",
						(http, id) -> http.post()
							.uri("/api/v1/claims")
							.contentType(MediaType.APPLICATION_JSON)
							.body(Map.of("figure", "many"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aWriteWithoutAKeyIs401WithABearerChallenge(Write write) {
		write.send()
			.apply(this.anonymous, this.claimId)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-claims\"")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("Unauthorized");
		assertClaimUnchanged();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aWriteWithAnUnknownKeyIs401(Write write) {
		write.send()
			.apply(this.anonymous, this.claimId)
			.header("Authorization", ApiKeys.bearer("cc_" + UUID.randomUUID()))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-claims\", error=\"invalid_token\"")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertClaimUnchanged();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aWriteWithAReaderKeyIs403(Write write) {
		String readerKey = ApiKeys.issue(this.http, "reader").key();
		write.send()
			.apply(this.anonymous, this.claimId)
			.header("X-API-Key", readerKey)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/forbidden")
			.jsonPath("$.status")
			.isEqualTo(403);
		assertClaimUnchanged();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("writes")
	void aWriteWithARevokedKeyIs401(Write write) {
		ApiKeys.Issued analyst = ApiKeys.issue(this.http, "analyst");
		ApiKeys.revoke(this.http, analyst.id());
		write.send()
			.apply(this.anonymous, this.claimId)
			.header("Authorization", ApiKeys.bearer(analyst.key()))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertClaimUnchanged();
	}

	private void assertClaimUnchanged() {
		this.http.get()
			.uri("/api/v1/claims/{id}", this.claimId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.status")
			.isEqualTo("active");
	}

	@Test
	void anAdminKeyMayWrite() {
		this.http.post()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectBody()
			.jsonPath("$.createdBy")
			.isEqualTo("admin");
	}

	@Test
	void theDefaultTestKeyIsAnAnalyst() {
		this.http.get()
			.uri("/api/v1/claims/{id}", this.claimId)
			.exchange()
			.expectBody()
			.jsonPath("$.createdBy")
			.isEqualTo(TestKeys.DEFAULT_KEY_NAME);
	}

}
