package org.casualtyclaims.apikey;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Simultaneously;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ApiKeyManagementIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void issuingAKeyShowsItOnceAndStoresNoSecret(CapturedOutput output) {
		String name = "dashboard " + UUID.randomUUID();
		Map<?, ?> issued = this.http.post()
			.uri("/api/v1/api-keys")
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "  " + name + " ", "role", "reader"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches(HttpHeaders.LOCATION, "/api/v1/api-keys/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String key = (String) issued.get("key");
		assertThat(issued.keySet().stream().map(Object::toString)).containsExactlyInAnyOrder("id", "name", "role",
				"createdAt", "key");
		assertThat(issued.get("name")).isEqualTo(name);
		assertThat(issued.get("role")).isEqualTo("reader");
		assertThat(key).matches("cc_[A-Za-z0-9_-]{43}");

		String one = adminGet("/api/v1/api-keys/" + issued.get("id"));
		String all = adminGet("/api/v1/api-keys?size=500");
		assertThat(one).contains(name, (String) issued.get("createdAt")).doesNotContain(key).doesNotContain("\"key\"");
		assertThat(all).contains(name).doesNotContain(key).doesNotContain("\"key\"");
		// used once, then absent from everything the service printed
		this.http.get().uri("/api/v1/claims").header("X-API-Key", key).exchange().expectStatus().isOk();
		assertThat(output.getAll()).doesNotContain(key).doesNotContain(TestKeys.ADMIN_KEY);
	}

	@Test
	void keysAreListedAsAPageWithoutSecrets() {
		ApiKeys.Issued reader = ApiKeys.issue(this.http, "reader");
		ApiKeys.revoke(this.http, reader.id());
		this.http.get()
			.uri("/api/v1/api-keys?size=500")
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.content[?(@.name == 'admin')].role")
			.isEqualTo(List.of("admin"))
			.jsonPath("$.content[?(@.name == '%s')].revokedBy".formatted(reader.name()))
			.isEqualTo(List.of("admin"))
			.jsonPath("$.content[*].key")
			.doesNotExist();
	}

	@Test
	void aRevokedKeyStopsWorkingAtOnceAndIsKept() {
		ApiKeys.Issued analyst = ApiKeys.issue(this.http, "analyst");
		this.http.get()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(analyst.key()))
			.exchange()
			.expectStatus()
			.isOk();
		ApiKeys.revoke(this.http, analyst.id());
		// 401 even on a public read: a dead key must not look like a working one
		this.http.get()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(analyst.key()))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/v1/api-keys/{id}", analyst.id())
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revokedAt")
			.isNotEmpty()
			.jsonPath("$.revokedBy")
			.isEqualTo("admin");
		// revoking again changes nothing and still succeeds
		ApiKeys.revoke(this.http, analyst.id());
	}

	@Test
	void concurrentRevocationsOfOneKeyAllSucceed() throws Exception {
		for (int round = 0; round < 5; round++) {
			UUID id = ApiKeys.issue(this.http, "reader").id();
			List<Integer> statuses = Simultaneously.call(6, Duration.ofSeconds(30),
					(i) -> this.http.delete()
						.uri("/api/v1/api-keys/{id}", id)
						.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
						.exchange()
						.returnResult()
						.getStatus()
						.value());
			assertThat(statuses).hasSize(6).containsOnly(204);
		}
	}

	@Test
	void revokingAnUnknownKeyIs404() {
		this.http.delete()
			.uri("/api/v1/api-keys/{id}", UUID.randomUUID())
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anActiveNameCannotBeIssuedTwiceButARevokedOneFreesIt() {
		ApiKeys.Issued first = ApiKeys.issue(this.http, "analyst");
		issueNamed(first.name().toUpperCase(), "reader").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/conflict");
		ApiKeys.revoke(this.http, first.id());
		issueNamed(first.name(), "reader").expectStatus().isCreated();
	}

	@Test
	void aKeyNeedsANameOfAtMost100CharactersAndAKnownRole() {
		issueNamed(" ", "reader").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		issueNamed("x".repeat(101), "reader").expectStatus().isBadRequest();
		issueNamed("x".repeat(100), "reader").expectStatus().isCreated();
		issueNamed("root " + UUID.randomUUID(), "root").expectStatus().isBadRequest();
	}

	@Test
	void keyManagementNeedsAnAdminKey() {
		String analystKey = ApiKeys.issue(this.http, "analyst").key();
		this.http.get()
			.uri("/api/v1/api-keys")
			.header("Authorization", ApiKeys.bearer(analystKey))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.post()
			.uri("/api/v1/api-keys")
			.header("Authorization", ApiKeys.bearer(analystKey))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "escalation", "role", "admin"))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.delete()
			.uri("/api/v1/api-keys/{id}", UUID.randomUUID())
			.header("Authorization", ApiKeys.bearer(analystKey))
			.exchange()
			.expectStatus()
			.isForbidden();
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/api/v1/api-keys")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.exists(HttpHeaders.WWW_AUTHENTICATE);
	}

	@Test
	void createdByAndChangedByAreTheKeysName() {
		ApiKeys.Issued author = ApiKeys.issue(this.http, "analyst");
		ApiKeys.Issued editor = ApiKeys.issue(this.http, "admin");
		Map<?, ?> claim = this.http.post()
			.uri("/api/v1/claims")
			.header("X-API-Key", author.key())
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(claim.get("createdBy")).isEqualTo(author.name());
		this.http.put()
			.uri("/api/v1/claims/{id}", claim.get("id"))
			.header("Authorization", ApiKeys.bearer(editor.key()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.contactGroupClaim((String) claim.get("subject")))
			.exchange()
			.expectStatus()
			.isOk();
		this.http.delete()
			.uri("/api/v1/claims/{id}?reason=duplicate", claim.get("id"))
			.header("X-API-Key", author.key())
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.get()
			.uri("/api/v1/claims/{id}/revisions", claim.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].changedBy")
			.isEqualTo(author.name())
			.jsonPath("$[1].changedBy")
			.isEqualTo(editor.name());
	}

	@Test
	void credentialsOtherThanOneKeyAreRefused() {
		String key = ApiKeys.issue(this.http, "reader").key();
		this.http.get()
			.uri("/api/v1/claims")
			.header("Authorization", "Basic " + key)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.get()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(key))
			.header("X-API-Key", TestKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.http.get()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(key))
			.header("X-API-Key", key)
			.exchange()
			.expectStatus()
			.isOk();
	}

	private RestTestClient.ResponseSpec issueNamed(String name, String role) {
		return this.http.post()
			.uri("/api/v1/api-keys")
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "role", role))
			.exchange();
	}

	private String adminGet(String uri) {
		return this.http.get()
			.uri(uri)
			.header("Authorization", ApiKeys.bearer(TestKeys.ADMIN_KEY))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
