package org.casualtyclaims.support;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The claim writes other features' tests need as set-up, over real HTTP. */
public final class ClaimApi {

	private final RestTestClient http;

	public ClaimApi(RestTestClient http) {
		this.http = http;
	}

	/** Creates the claim and answers its id. */
	public UUID create(Map<String, Object> claim) {
		Map<?, ?> body = this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(claim)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) body.get("id"));
	}

	public void replace(UUID id, Map<String, Object> claim) {
		this.http.put()
			.uri("/api/v1/claims/{id}", id)
			.contentType(MediaType.APPLICATION_JSON)
			.body(claim)
			.exchange()
			.expectStatus()
			.isOk();
	}

	public void retract(UUID id) {
		this.http.delete()
			.uri("/api/v1/claims/{id}?reason={reason}", id, "misattributed")
			.exchange()
			.expectStatus()
			.isNoContent();
	}

}
