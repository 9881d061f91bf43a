package org.casualtyclaims.apikey;

import java.time.Instant;
import java.util.UUID;

/** The answer to issuing a key: the only response that ever carries the plaintext key. */
record IssuedKeyResponse(UUID id, String name, Role role, Instant createdAt, String key) {

	static IssuedKeyResponse from(ApiKeyService.IssuedKey issued) {
		ApiKey apiKey = issued.apiKey();
		return new IssuedKeyResponse(apiKey.getId(), apiKey.getName(), apiKey.getRole(), apiKey.getCreatedAt(),
				issued.key());
	}

}
