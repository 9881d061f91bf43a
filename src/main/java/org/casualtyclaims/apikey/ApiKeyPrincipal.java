package org.casualtyclaims.apikey;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who a request's key belongs to; its name becomes createdBy and changedBy. */
record ApiKeyPrincipal(UUID id, String name, Role role) implements AuthenticatedPrincipal {

	static ApiKeyPrincipal of(ApiKey key) {
		return new ApiKeyPrincipal(key.getId(), key.getName(), key.getRole());
	}

	/** The key the current request was authenticated with, if it carried one. */
	static Optional<ApiKeyPrincipal> ofCurrentRequest() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ApiKeyPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	@Override
	public String getName() {
		return this.name;
	}

}
