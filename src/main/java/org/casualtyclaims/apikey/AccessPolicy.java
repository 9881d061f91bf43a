package org.casualtyclaims.apikey;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;

/**
 * The least role each request needs, in one place: {@link SecurityConfiguration} enforces
 * it and the OpenAPI document states it per operation, so the two cannot disagree.
 */
public final class AccessPolicy {

	/** Key management, for admin keys only. */
	static final String KEY_MANAGEMENT = "/api/v1/api-keys";

	/**
	 * Alert subscriptions name private URLs and own delivery logs: analysts only, even to
	 * read.
	 */
	static final String SUBSCRIPTIONS = "/api/v1/subscriptions";

	static final List<HttpMethod> READS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

	private AccessPolicy() {
	}

	/**
	 * The role a request to an API path needs; empty when it needs no key at all (a read
	 * while reads are public). {@link Role#READER} means any valid key.
	 */
	public static Optional<Role> leastRole(HttpMethod method, String path, boolean publicRead) {
		if (path.equals(KEY_MANAGEMENT) || path.startsWith(KEY_MANAGEMENT + "/")) {
			return Optional.of(Role.ADMIN);
		}
		if (path.equals(SUBSCRIPTIONS) || path.startsWith(SUBSCRIPTIONS + "/")) {
			return Optional.of(Role.ANALYST);
		}
		if (READS.contains(method)) {
			return publicRead ? Optional.empty() : Optional.of(Role.READER);
		}
		// every other method writes, wherever it is sent
		return Optional.of(Role.ANALYST);
	}

}
