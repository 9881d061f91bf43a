package org.casualtyclaims.apikey;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;

import static org.casualtyclaims.apikey.ApiKeys.bearer;

/**
 * Verified keys are cached for reads, never for writes. The ttl in {@link ApiTest} is an
 * hour, so a key revoked behind this instance's back (as another instance would) stays
 * cached.
 */
@ApiTest
class ApiKeyCacheIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeyRevokedElsewhereMayStillReadFromTheCacheButCannotWrite() {
		ApiKeys.Issued analyst = ApiKeys.issue(this.http, "analyst");
		String subject = ClaimJson.uniqueSubject();
		UUID existing = new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		readWith(analyst.key()).expectStatus().isOk();
		this.jdbc.sql("update api_keys set revoked_at = now(), revoked_by = 'another instance' where id = :id")
			.param("id", analyst.id())
			.update();

		readWith(analyst.key()).expectStatus().isOk();
		expectUnauthorized(this.http.post()
			.uri("/api/v1/claims")
			.header(HttpHeaders.AUTHORIZATION, bearer(analyst.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.contactGroupClaim(subject))
			.exchange());
		expectUnauthorized(this.http.post()
			.uri("/api/v1/reports")
			.header(HttpHeaders.AUTHORIZATION, bearer(analyst.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ReportJson.workedExample(subject))
			.exchange());
		expectUnauthorized(this.http.put()
			.uri("/api/v1/claims/{id}", existing)
			.header(HttpHeaders.AUTHORIZATION, bearer(analyst.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.contactGroupClaim(subject))
			.exchange());
		expectUnauthorized(this.http.delete()
			.uri("/api/v1/claims/{id}?reason=wrong", existing)
			.header(HttpHeaders.AUTHORIZATION, bearer(analyst.key()))
			.exchange());
		this.http.get()
			.uri("/api/v1/claims/{id}", existing)
			.exchange()
			.expectBody()
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.status")
			.isEqualTo("active");
		this.http.get()
			.uri("/api/v1/claims?subject={s}&status=all", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(1);
	}

	@Test
	void aKeyRevokedHereIsRefusedAtOnceDespiteTheCache() {
		ApiKeys.Issued analyst = ApiKeys.issue(this.http, "analyst");
		readWith(analyst.key()).expectStatus().isOk();
		ApiKeys.revoke(this.http, analyst.id());
		expectUnauthorized(readWith(analyst.key()));
	}

	private RestTestClient.ResponseSpec readWith(String key) {
		return this.http.get().uri("/api/v1/claims?size=1").header(HttpHeaders.AUTHORIZATION, bearer(key)).exchange();
	}

	private static void expectUnauthorized(RestTestClient.ResponseSpec response) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer .*invalid_token.*")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/unauthorized")
			.jsonPath("$.status")
			.isEqualTo(401);
	}

}
