package org.casualtyclaims.apikey;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keys PostgreSQL confirmed a moment ago, by hash, so that a client sending the same key
 * on every request costs one lookup per {@code ttl}, not one transaction per request.
 * Only valid keys are kept: an unknown key is asked about every time. A revocation on
 * this instance drops the key at once; on another instance it holds here after at most
 * {@code ttl}. Bounded: past {@code maxEntries} the expired entries go, and if that is
 * not enough, all of them.
 */
@Component
class VerifiedKeys {

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final ApiKeyCacheProperties properties;

	private final Clock clock;

	VerifiedKeys(ApiKeyCacheProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The key's owner: remembered if verified within the ttl, else from {@code verify}.
	 */
	Optional<ApiKeyPrincipal> get(byte[] hash, Supplier<Optional<ApiKeyPrincipal>> verify) {
		if (this.properties.ttl().isZero()) {
			return verify.get();
		}
		String id = HexFormat.of().formatHex(hash);
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(id);
		if (entry != null && now.isBefore(entry.expiresAt())) {
			return Optional.of(entry.principal());
		}
		Optional<ApiKeyPrincipal> verified = verify.get();
		if (verified.isPresent()) {
			makeRoom(now);
			this.entries.put(id, new Entry(verified.get(), now.plus(this.properties.ttl())));
		}
		else {
			this.entries.remove(id);
		}
		return verified;
	}

	/** Forgets a key at once, e.g. when it is revoked here. */
	void forget(UUID keyId) {
		this.entries.values().removeIf((entry) -> entry.principal().id().equals(keyId));
	}

	int size() {
		return this.entries.size();
	}

	private void makeRoom(Instant now) {
		if (this.entries.size() >= this.properties.maxEntries()) {
			this.entries.values().removeIf((entry) -> !now.isBefore(entry.expiresAt()));
			if (this.entries.size() >= this.properties.maxEntries()) {
				this.entries.clear();
			}
		}
	}

	private record Entry(ApiKeyPrincipal principal, Instant expiresAt) {
	}

}
