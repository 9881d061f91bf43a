package org.casualtyclaims.apikey;

import java.time.Instant;
import java.util.UUID;

/** A key without its secret; {@code revokedAt} is null while the key works. */
record ApiKeyResponse(UUID id, String name, Role role, Instant createdAt, String createdBy, Instant revokedAt,
		String revokedBy) {

	static ApiKeyResponse from(ApiKey key) {
		return new ApiKeyResponse(key.getId(), key.getName(), key.getRole(), key.getCreatedAt(), key.getCreatedBy(),
				key.getRevokedAt(), key.getRevokedBy());
	}

}
