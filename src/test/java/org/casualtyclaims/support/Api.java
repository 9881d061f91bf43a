package org.casualtyclaims.support;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Short forms of the calls most tests make, and JSON parsing of what comes back. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Api() {
	}

	public static ResponseSpec post(RestTestClient http, String path, Object body) {
		return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	public static ResponseSpec post(RestTestClient http, String path, String idempotencyKey, Object body) {
		return http.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", idempotencyKey)
			.body(body)
			.exchange();
	}

	public static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

	public static JsonNode json(ResponseSpec response) {
		return json(response.returnResult().getResponseBodyContent());
	}

	/** The {@code field} of every entry in a problem's {@code errors}. */
	public static java.util.List<String> errorFields(ResponseSpec response) {
		return json(response).get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

	/** Every claim of a subject, whatever its status. */
	public static JsonNode allClaimsOf(RestTestClient http, String subject) {
		return json(http.get()
			.uri((uri) -> uri.path("/api/v1/claims")
				.queryParam("subject", subject)
				.queryParam("status", "all")
				.queryParam("size", 500)
				.build())
			.exchange()
			.expectStatus()
			.isOk());
	}

}
