package org.casualtyclaims.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import tools.jackson.databind.JsonNode;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Simultaneously;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections and retractions: PUT with If-Match, revisions, DELETE. */
@ApiTest
class ClaimLifecycleIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void twoConcurrentPutsWithTheSameIfMatchGiveOne200AndOne412() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		String id = create(ClaimJson.podcastClaim(subject));
		int threads = 2;
		List<HttpStatusCode> statuses = Simultaneously.call(threads, Duration.ofSeconds(30), (i) -> {
			long figure = 3900 + i;
			return put(id, "\"1\"", ClaimJson.with(ClaimJson.podcastClaim(subject), "figure", figure)).returnResult()
				.getStatus();
		});
		assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.PRECONDITION_FAILED);
		JsonNode claim = get(id);
		assertThat(claim.get("version").asInt()).isEqualTo(2);
		assertThat(revisions(id)).hasSize(1);
	}

	@Test
	void aPutBumpsTheVersionAndAStaleIfMatchIs412() {
		String subject = ClaimJson.uniqueSubject();
		String id = create(ClaimJson.podcastClaim(subject));
		put(id, "\"1\"", ClaimJson.contactGroupClaim(subject)).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"2\"")
			.expectBody()
			.jsonPath("$.figure")
			.isEqualTo(4000)
			.jsonPath("$.version")
			.isEqualTo(2);
		put(id, "\"1\"", ClaimJson.podcastClaim(subject)).expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/stale-version");
		// without If-Match the last writer wins, as the contract allows
		put(id, null, ClaimJson.podcastClaim(subject)).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"3\"");
		assertThat(get(id).get("figure").asLong()).isEqualTo(3800);
	}

	@Test
	void revisionsListEveryEarlierVersionOldestFirst() {
		String subject = ClaimJson.uniqueSubject();
		String id = create(ClaimJson.podcastClaim(subject));
		JsonNode v1 = get(id);
		put(id, "\"1\"", ClaimJson.with(ClaimJson.podcastClaim(subject), "figure", 3900)).expectStatus().isOk();
		JsonNode v2 = get(id);
		put(id, "\"2\"", ClaimJson.contactGroupClaim(subject)).expectStatus().isOk();

		List<JsonNode> revisions = revisions(id);
		assertThat(revisions).extracting((r) -> r.get("version").asInt()).containsExactly(1, 2);
		assertThat(revisions).extracting((r) -> r.get("figure").asLong()).containsExactly(3800L, 3900L);
		assertThat(revisions.get(0).get("changedAt").asString()).isEqualTo(v1.get("updatedAt").asString());
		assertThat(revisions.get(1).get("changedAt").asString()).isEqualTo(v2.get("updatedAt").asString());
		assertThat(Instant.parse(revisions.get(0).get("changedAt").asString()))
			.isBefore(Instant.parse(revisions.get(1).get("changedAt").asString()));
		assertThat(revisions).extracting((r) -> r.get("changedBy").asString()).containsOnly(TestKeys.DEFAULT_KEY_NAME);
		assertThat(revisions).extracting((r) -> r.get("status").asString()).containsOnly("active");
		assertThat(revisions.get(1).get("quote").isNull()).isTrue();
		assertThat(get(id).get("version").asInt()).isEqualTo(3);
	}

	@Test
	void revisionsOfANewClaimAreEmptyAndOfAnUnknownOne404() {
		String id = create(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		assertThat(revisions(id)).isEmpty();
		this.http.get()
			.uri("/api/v1/claims/{id}/revisions", java.util.UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void aRetractedClaimLeavesDefaultListingsAndStaysReadable() {
		String subject = ClaimJson.uniqueSubject();
		String kept = create(ClaimJson.podcastClaim(subject));
		String retracted = create(ClaimJson.contactGroupClaim(subject));
		retract(retracted, "Misattributed figure").expectStatus().isNoContent();

		assertThat(ids(list(subject, null))).containsExactly(kept);
		assertThat(ids(list(subject, "active"))).containsExactly(kept);
		assertThat(ids(list(subject, "retracted"))).containsExactly(retracted);
		assertThat(ids(list(subject, "all"))).containsExactlyInAnyOrder(kept, retracted);

		JsonNode claim = get(retracted);
		assertThat(claim.get("status").asString()).isEqualTo("retracted");
		assertThat(claim.get("retractionReason").asString()).isEqualTo("Misattributed figure");
		assertThat(claim.get("version").asInt()).isEqualTo(2);
		assertThat(revisions(retracted)).extracting((r) -> r.get("status").asString()).containsExactly("active");

		// retracting again changes nothing; replacing a retracted claim is refused
		retract(retracted, "again").expectStatus().isNoContent();
		assertThat(get(retracted).get("version").asInt()).isEqualTo(2);
		put(retracted, null, ClaimJson.contactGroupClaim(subject)).expectStatus().isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void aRetractionNeedsAReasonAndAnExistingClaim() {
		String id = create(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		this.http.delete().uri("/api/v1/claims/{id}", id).exchange().expectStatus().isBadRequest();
		retract(id, " ").expectStatus().isBadRequest();
		assertThat(get(id).get("status").asString()).isEqualTo("active");
		retract(java.util.UUID.randomUUID().toString(), "no such claim").expectStatus().isNotFound();
	}

	private String create(Map<String, Object> claim) {
		return Api.json(Api.post(this.http, "/api/v1/claims", claim).expectStatus().isCreated()).get("id").asString();
	}

	private ResponseSpec put(String id, String ifMatch, Map<String, Object> claim) {
		var request = this.http.put().uri("/api/v1/claims/{id}", id).contentType(MediaType.APPLICATION_JSON);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return request.body(claim).exchange();
	}

	private ResponseSpec retract(String id, String reason) {
		return this.http.delete()
			.uri((uri) -> uri.path("/api/v1/claims/{id}").queryParam("reason", reason).build(id))
			.exchange();
	}

	private JsonNode get(String id) {
		return Api.json(this.http.get().uri("/api/v1/claims/{id}", id).exchange().expectStatus().isOk());
	}

	private List<JsonNode> revisions(String id) {
		return Api.json(this.http.get().uri("/api/v1/claims/{id}/revisions", id).exchange().expectStatus().isOk())
			.valueStream()
			.toList();
	}

	private JsonNode list(String subject, String status) {
		return Api.json(this.http.get().uri((uri) -> {
			uri.path("/api/v1/claims").queryParam("subject", subject);
			if (status != null) {
				uri.queryParam("status", status);
			}
			return uri.build();
		}).exchange().expectStatus().isOk());
	}

	private static List<String> ids(JsonNode page) {
		return page.get("content").valueStream().map((c) -> c.get("id").asString()).toList();
	}

}
