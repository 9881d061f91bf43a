package org.casualtyclaims.alert;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature: hex HMAC-SHA256, keyed with the subscription's secret, over
 * {@code "<timestamp>.<body>"}. The timestamp is inside the signed text so a receiver can
 * refuse old deliveries replayed by someone who recorded them.
 */
final class WebhookSigner {

	static final String PREFIX = "sha256=";

	private WebhookSigner() {
	}

	static String sign(String secret, long timestampSeconds, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

	/**
	 * The value of {@code X-Claims-Signature}: {@code sha256=<hex>}; the timestamp
	 * travels in {@code X-Claims-Timestamp}.
	 */
	static String header(String secret, long timestampSeconds, byte[] body) {
		return PREFIX + sign(secret, timestampSeconds, body);
	}

}
