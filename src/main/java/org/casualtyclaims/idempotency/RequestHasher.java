package org.casualtyclaims.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a request's canonical JSON: the parsed body written back out. Whitespace,
 * property order and escapes in what the client sent do not matter; the values do.
 */
@Component
class RequestHasher {

	private final JsonMapper json;

	RequestHasher(JsonMapper json) {
		this.json = json;
	}

	String hash(Object request) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(this.json.writeValueAsBytes(request)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
