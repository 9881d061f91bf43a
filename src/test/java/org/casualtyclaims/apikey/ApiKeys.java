package org.casualtyclaims.apikey;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.TestKeys;

/** Issues and revokes keys through the API, as an admin would. */
final class ApiKeys {

	private ApiKeys() {
	}

	record Issued(UUID id, String name, String key) {
	}

	@SuppressWarnings("unchecked")
	static Issued issue(RestTestClient http, String role) {
		String name = role + "-" + UUID.randomUUID();
		Map<String, Object> body = http.post()
			.uri("/api/v1/api-keys")
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name, "role", role))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CREATED)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return new Issued(UUID.fromString((String) body.get("id")), name, (String) body.get("key"));
	}

	static void revoke(RestTestClient http, UUID id) {
		http.delete()
			.uri("/api/v1/api-keys/{id}", id)
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	static String bearer(String key) {
		return "Bearer " + key;
	}

}
