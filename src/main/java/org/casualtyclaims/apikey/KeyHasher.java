package org.casualtyclaims.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes keys and their hashes. A key carries 256 random bits, so a single unsalted
 * SHA-256 is enough: there is no dictionary to try, and a slow hash would only cost every
 * request time.
 */
final class KeyHasher {

	static final String PREFIX = "cc_";

	private static final SecureRandom random = new SecureRandom();

	private KeyHasher() {
	}

	/** {@code cc_} and 32 random bytes in unpadded base64url: 46 characters. */
	static String newKey() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static boolean matches(byte[] expected, byte[] actual) {
		return MessageDigest.isEqual(expected, actual);
	}

}
