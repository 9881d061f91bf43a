package org.casualtyclaims.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The claim calls tests repeat, over real HTTP: create, replace, retract, list. */
public final class ClaimApi {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	private final RestTestClient http;

	public ClaimApi(RestTestClient http) {
		this.http = http;
	}

	/** Creates the claim and answers its id. */
	public UUID create(Map<String, Object> claim) {
		return UUID.fromString((String) createAndRead(claim).get("id"));
	}

	/** Creates the claim and answers the whole response body. */
	public Map<String, Object> createAndRead(Map<String, Object> claim) {
		return this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_JSON)
			.body(claim)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	/** The ids a listing answers, in order; the query is given unencoded. */
	@SuppressWarnings("unchecked")
	public List<String> ids(String query) {
		Map<String, Object> page = list(query);
		return ((List<Map<String, Object>>) page.get("content")).stream().map((c) -> (String) c.get("id")).toList();
	}

	/**
	 * How many claims of any status carry this subject: proof that a bad request stored
	 * nothing.
	 */
	public long countAll(String subject) {
		Map<String, Object> page = list("status=all&subject=" + subject);
		return ((Number) ((Map<?, ?>) page.get("page")).get("totalElements")).longValue();
	}

	private Map<String, Object> list(String query) {
		return this.http.get()
			.uri("/api/v1/claims?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
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
