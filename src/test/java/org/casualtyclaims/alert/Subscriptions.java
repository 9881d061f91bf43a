package org.casualtyclaims.alert;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;

import tools.jackson.databind.JsonNode;

/** Subscription calls the alert tests repeat. */
final class Subscriptions {

	static final String SECRET = "whsec_integration-test-secret";

	private Subscriptions() {
	}

	/** A subscription body for one subject; {@code over} may be null. */
	static Map<String, Object> on(String subject, String type, Number over, String url) {
		Map<String, Object> condition = new LinkedHashMap<>();
		condition.put("type", type);
		if (over != null) {
			condition.put("over", over);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subject", subject);
		body.put("condition", condition);
		body.put("url", url);
		body.put("secret", SECRET);
		return body;
	}

	static JsonNode create(RestTestClient http, Map<String, Object> body) {
		return Api.json(Api.post(http, "/api/v1/subscriptions", body).expectStatus().isEqualTo(HttpStatus.CREATED));
	}

	static JsonNode deliveries(RestTestClient http, String subscriptionId) {
		return Api.json(http.get()
			.uri("/api/v1/subscriptions/{id}/deliveries?size=100", subscriptionId)
			.exchange()
			.expectStatus()
			.isOk());
	}

	static long alertCount(RestTestClient http, String subscriptionId) {
		return deliveries(http, subscriptionId).get("page").get("totalElements").asLong();
	}

}
