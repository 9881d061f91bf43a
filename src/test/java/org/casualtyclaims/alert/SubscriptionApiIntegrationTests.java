package org.casualtyclaims.alert;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.TestKeys;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.uniqueSubject;

/**
 * The subscription resource: create, read, list, end; bad input, refused targets, keys.
 */
@ApiTest
class SubscriptionApiIntegrationTests {

	private static final String TARGET = "http://127.0.0.1:9/hook";

	@Autowired
	RestTestClient http;

	@Autowired
	ApiKeyService keys;

	@Test
	void aGeneratedSecretIsShownOnceAndNeverAgain() {
		Map<String, Object> body = Subscriptions.on(uniqueSubject(), "perDay", 100, TARGET);
		body.remove("secret");
		var response = Api.post(this.http, "/api/v1/subscriptions", body).expectStatus().isCreated();
		response.expectHeader().valueMatches(HttpHeaders.LOCATION, "/api/v1/subscriptions/[0-9a-f-]{36}");
		response.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
		JsonNode created = Api.json(response);
		assertThat(created.get("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(created.get("condition").get("type").asString()).isEqualTo("perDay");
		assertThat(created.get("condition").get("over").asDouble()).isEqualTo(100.0);
		assertThat(created.get("active").asBoolean()).isTrue();
		JsonNode read = Api.json(this.http.get()
			.uri("/api/v1/subscriptions/{id}", created.get("id").asString())
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(read.has("secret")).isFalse();
		assertThat(read.get("subject").asString()).isEqualTo(body.get("subject"));
	}

	@Test
	void aGivenSecretIsNotEchoed() {
		JsonNode created = Subscriptions.create(this.http, Subscriptions.on(uniqueSubject(), "newClaim", null, TARGET));
		assertThat(created.has("secret")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "http://10.0.0.1/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
					"http://[::1]:8080/hook", "http://[::ffff:10.0.0.1]/hook", "http://[fd00::1]/hook",
					"http://0.0.0.0/hook", "http://127.0.0.2/hook", "http://224.0.0.1/hook", "http://[::]/hook" })
	void refusesInternalTargetsAndStoresNothing(String url) {
		String subject = uniqueSubject();
		var response = Api.post(this.http, "/api/v1/subscriptions", Subscriptions.on(subject, "newClaim", null, url))
			.expectStatus()
			.isBadRequest();
		response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Api.errorFields(response)).containsExactly("url");
		assertThat(mySubjects()).doesNotContain(subject);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"condition\": {\"type\": \"perDay\"}, \"url\": \"http://127.0.0.1:9/\"}",
			"{\"condition\": {\"type\": \"decrease\", \"over\": 3}, \"url\": \"http://127.0.0.1:9/\"}",
			"{\"condition\": {\"type\": \"sideways\"}, \"url\": \"http://127.0.0.1:9/\"}",
			"{\"condition\": {\"type\": \"perDay\", \"over\": -1}, \"url\": \"http://127.0.0.1:9/\"}",
			"{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"ftp://127.0.0.1/\"}",
			"{\"condition\": {\"type\": \"newClaim\"}}", "{\"url\": \"http://127.0.0.1:9/\"}",
			"{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"http://127.0.0.1:9/\", \"secret\": \"short\"}",
			"{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"http://127.0.0.1:9/\", \"subject\": \"  \"}",
			"{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"http://127.0.0.1:9/\", \"category\": \"dead\"}",
			"{\"condition\": {\"type\": \"newClaim\"}, \"url\": \"http://127.0.0.1:9/\", \"owner\": \"me\"}" })
	void refusesBadBodiesWithProblemJson(String body) {
		this.http.post()
			.uri("/api/v1/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void subscriptionsBelongToTheirKey() {
		String other = this.keys.issue("subscriber-" + uniqueSubject().hashCode(), Role.ANALYST, "test").key();
		String mine = Subscriptions.create(this.http, Subscriptions.on(uniqueSubject(), "newClaim", null, TARGET))
			.get("id")
			.asString();
		this.http.get()
			.uri("/api/v1/subscriptions/{id}", mine)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.delete()
			.uri("/api/v1/subscriptions/{id}", mine)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.get()
			.uri("/api/v1/subscriptions/{id}/deliveries", mine)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.exchange()
			.expectStatus()
			.isNotFound();
		JsonNode othersList = Api.json(this.http.get()
			.uri("/api/v1/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(othersList.get("page").get("totalElements").asLong()).isZero();
		// an admin sees every subscription
		this.http.get()
			.uri("/api/v1/subscriptions/{id}", mine)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void readersAndAnonymousCallersMayNotEvenRead() {
		String reader = this.keys.issue("reader-" + uniqueSubject().hashCode(), Role.READER, "test").key();
		this.http.get()
			.uri("/api/v1/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + reader)
			.exchange()
			.expectStatus()
			.isForbidden();
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/api/v1/subscriptions")
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void aKeyHoldsAtMostTheConfiguredNumberOfActiveSubscriptions() {
		String key = this.keys.issue("busy-" + uniqueSubject().hashCode(), Role.ANALYST, "test").key();
		String last = null;
		for (int i = 0; i < 100; i++) {
			last = Api
				.json(this.http.post()
					.uri("/api/v1/subscriptions")
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Subscriptions.on(uniqueSubject(), "newClaim", null, TARGET))
					.exchange()
					.expectStatus()
					.isCreated())
				.get("id")
				.asString();
		}
		this.http.post()
			.uri("/api/v1/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Subscriptions.on(uniqueSubject(), "newClaim", null, TARGET))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		// ending one makes room again
		this.http.delete()
			.uri("/api/v1/subscriptions/{id}", last)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.exchange()
			.expectStatus()
			.isNoContent();
		this.http.post()
			.uri("/api/v1/subscriptions")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Subscriptions.on(uniqueSubject(), "newClaim", null, TARGET))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void unknownIdsAre404() {
		this.http.get()
			.uri("/api/v1/subscriptions/{id}", java.util.UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private java.util.List<String> mySubjects() {
		return Api.json(this.http.get().uri("/api/v1/subscriptions?size=500").exchange().expectStatus().isOk())
			.get("content")
			.valueStream()
			.map((s) -> s.get("subject").asString(null))
			.toList();
	}

}
