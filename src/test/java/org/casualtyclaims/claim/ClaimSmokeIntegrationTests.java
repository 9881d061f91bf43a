package org.casualtyclaims.claim;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;

@ApiTest
class ClaimSmokeIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void createsAndReadsTheWorkedExample() {
		String subject = ClaimJson.uniqueSubject();
		this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.podcastClaim(subject))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.figure")
			.isEqualTo(3800);
	}

}
