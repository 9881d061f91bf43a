package org.casualtyclaims.apikey;

import java.util.Optional;
import java.util.UUID;

/**
 * The API key of the current request, for features that own data per key (alert
 * subscriptions): its id, and whether it is an admin key.
 */
public final class CurrentKey {

	private CurrentKey() {
	}

	/** The id of the key the request carried, if any. */
	public static Optional<UUID> id() {
		return ApiKeyPrincipal.ofCurrentRequest().map(ApiKeyPrincipal::id);
	}

	public static boolean isAdmin() {
		return ApiKeyPrincipal.ofCurrentRequest().map((key) -> key.role() == Role.ADMIN).orElse(false);
	}

}
