package org.casualtyclaims.apikey;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For long-lived requests that outlast the check made when they began: which key the
 * current request was opened with, and which of some keys have since been revoked, read
 * from PostgreSQL so a revocation on any instance counts.
 */
@Component
public class RevokedKeys {

	private final ApiKeyRepository keys;

	RevokedKeys(ApiKeyRepository keys) {
		this.keys = keys;
	}

	/** The id of the key the current request was authenticated with, if any. */
	public Optional<UUID> ofCurrentRequest() {
		return ApiKeyPrincipal.ofCurrentRequest().map(ApiKeyPrincipal::id);
	}

	/** Those of {@code ids} that are revoked, in one query. */
	@Transactional(readOnly = true)
	public Set<UUID> among(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.keys.findRevokedAmong(ids));
	}

}
