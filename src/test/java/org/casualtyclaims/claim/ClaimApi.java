package org.casualtyclaims.claim;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Small steps the claim tests repeat: create, list. */
final class ClaimApi {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	ClaimApi(RestTestClient http) {
		this.http = http;
	}

	Map<String, Object> create(Map<String, Object> claim) {
		return this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(claim)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	/** The ids a listing answers, in order; the query is given unencoded. */
	@SuppressWarnings("unchecked")
	List<String> ids(String query) {
		Map<String, Object> page = this.http.get()
			.uri("/api/v1/claims?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
		return ((List<Map<String, Object>>) page.get("content")).stream().map((c) -> (String) c.get("id")).toList();
	}

	/** How many claims of any status carry this subject: proof that a bad request stored nothing. */
	long countAll(String subject) {
		Map<String, Object> page = this.http.get()
			.uri("/api/v1/claims?status=all&subject={s}", subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
		return ((Number) ((Map<?, ?>) page.get("page")).get("totalElements")).longValue();
	}

}
