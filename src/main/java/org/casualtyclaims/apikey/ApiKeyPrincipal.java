package org.casualtyclaims.apikey;

import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/** Who a request's key belongs to; its name becomes createdBy and changedBy. */
record ApiKeyPrincipal(UUID id, String name, Role role) implements AuthenticatedPrincipal {

	static ApiKeyPrincipal of(ApiKey key) {
		return new ApiKeyPrincipal(key.getId(), key.getName(), key.getRole());
	}

	@Override
	public String getName() {
		return this.name;
	}

}
