package org.casualtyclaims.claim;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ClaimApiIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void createAnswersCreatedWithLocationETagAndTheClaim() {
		String subject = ClaimJson.uniqueSubject();
		this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.contactGroupClaim("  " + subject + "  "))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectHeader()
			.valueMatches("Location", "/api/v1/claims/[0-9a-f-]{36}")
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo(subject)
			.jsonPath("$.category")
			.isEqualTo("casualties")
			.jsonPath("$.figure")
			.isEqualTo(4000)
			.jsonPath("$.qualifier")
			.isEqualTo("exact")
			.jsonPath("$.speaker")
			.isEqualTo("Volodymyr Zelensky")
			.jsonPath("$.statedOn")
			.isEqualTo("2025-01-09")
			.jsonPath("$.quote")
			.isEqualTo("4,000 North Korean soldiers killed or wounded")
			.jsonPath("$.status")
			.isEqualTo("active")
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.reportId")
			.isEmpty()
			.jsonPath("$.createdBy")
			.isNotEmpty()
			.jsonPath("$.createdAt")
			.value(String.class, (at) -> assertThat(at).endsWith("Z"));
	}

	@Test
	void getAnswersTheStoredClaimWithItsETag() {
		ClaimApi api = new ClaimApi(this.http);
		Map<String, Object> created = api.createAndRead(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		this.http.get()
			.uri("/api/v1/claims/{id}", created.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(created.get("id"))
			.jsonPath("$.figure")
			.isEqualTo(3800)
			.jsonPath("$.createdAt")
			.isEqualTo(created.get("createdAt"));
	}

	@Test
	void unknownIdIsNotFound() {
		this.http.get()
			.uri("/api/v1/claims/00000000-0000-0000-0000-000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.value(String.class, (type) -> assertThat(type).endsWith("/not-found"));
	}

	@Test
	void listAnswersAPagedModelEnvelope() {
		ClaimApi api = new ClaimApi(this.http);
		String subject = ClaimJson.uniqueSubject();
		api.createAndRead(ClaimJson.podcastClaim(subject));
		api.createAndRead(ClaimJson.contactGroupClaim(subject));
		this.http.get()
			.uri("/api/v1/claims?subject={s}", subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].statedOn")
			.isEqualTo("2025-01-09")
			.jsonPath("$.content[1].statedOn")
			.isEqualTo("2025-01-05")
			.jsonPath("$.page.size")
			.isEqualTo(20)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.isEqualTo(2)
			.jsonPath("$.page.totalPages")
			.isEqualTo(1);
	}

	@Test
	void locationPointsAtTheClaim() {
		String location = this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()))
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		this.http.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.value(String.class, (id) -> assertThat(location).endsWith(id));
		assertThat(location).startsWith("/api/v1/claims/");
	}

}
