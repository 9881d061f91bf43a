package org.casualtyclaims.alert;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTests {

	private static final String SECRET = "whsec_test-secret-0123456789";

	private static final byte[] BODY = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

	// the README's openssl one-liner computes the same:
	// printf '%s.%s' 1733112000 '{"id":"x"}' | openssl dgst -sha256 -hmac "$SECRET"
	@Test
	void signsTimestampDotBodyAsOpensslDoes() {
		assertThat(WebhookSigner.header(SECRET, 1733112000L, BODY))
			.isEqualTo("sha256=1ef39d23a2946914bd70fb203eda8a0edd8c032efae5cc4dea8bcb191de5918d");
	}

	@Test
	void anotherTimestampGivesAnotherSignature() {
		assertThat(WebhookSigner.sign(SECRET, 1733112001L, BODY))
			.isNotEqualTo(WebhookSigner.sign(SECRET, 1733112000L, BODY));
	}

	@Test
	void anotherSecretGivesAnotherSignature() {
		assertThat(WebhookSigner.sign(SECRET + "x", 1733112000L, BODY))
			.isNotEqualTo(WebhookSigner.sign(SECRET, 1733112000L, BODY));
	}

}
