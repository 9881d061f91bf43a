package org.casualtyclaims.apikey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists and revokes keys, and tells whether a presented key is valid. No
 * cache: every check reads PostgreSQL, so a revocation holds at once on every
 * instance sharing the database.
 */
@Service
public class ApiKeyService {

	static final String ADMIN_KEY_NAME = "admin";

	private final ApiKeyRepository keys;

	private final Clock clock;

	ApiKeyService(ApiKeyRepository keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/** Makes a key; the answer holds the plaintext, which is not kept anywhere. */
	@Transactional
	public IssuedKey issue(String name, Role role, String by) {
		String trimmed = name.strip();
		if (this.keys.existsActiveNamed(trimmed)) {
			throw new ApiKeyNameTakenException(trimmed);
		}
		String key = KeyHasher.newKey();
		ApiKey saved = this.keys.save(new ApiKey(trimmed, role, KeyHasher.hash(key), by, now()));
		return new IssuedKey(saved, key);
	}

	@Transactional(readOnly = true)
	public ApiKey get(UUID id) {
		return this.keys.findById(id).orElseThrow(() -> new ApiKeyNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public Page<ApiKey> list(Pageable pageable) {
		return this.keys.findAll(pageable);
	}

	/** Revokes the key; revoking it again, even at the same moment, changes nothing. */
	@Transactional
	public void revoke(UUID id, String by) {
		if (this.keys.revokeIfActive(id, by, now()) == 0 && !this.keys.existsById(id)) {
			throw new ApiKeyNotFoundException(id);
		}
	}

	/** The key's owner when the key is known and not revoked. */
	@Transactional(readOnly = true)
	Optional<ApiKeyPrincipal> authenticate(String presented) {
		byte[] hash = KeyHasher.hash(presented);
		return this.keys.findByKeyHash(hash)
			.filter((key) -> KeyHasher.matches(key.getKeyHash(), hash))
			.filter(ApiKey::isActive)
			.map(ApiKeyPrincipal::of);
	}

	/** Installs {@code key} as the admin key named admin when no active admin key exists. */
	@Transactional
	boolean installFirstAdmin(String key) {
		return this.keys.insertFirstAdmin(UUID.randomUUID(), KeyHasher.hash(key), now()) == 1;
	}

	@Transactional(readOnly = true)
	boolean activeAdminExists() {
		return this.keys.existsByRoleAndRevokedAtIsNull(Role.ADMIN);
	}

	// PostgreSQL keeps microseconds: the answer to POST must show what a later GET shows
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** A key just issued, with the only copy of its plaintext. */
	public record IssuedKey(ApiKey apiKey, String key) {
	}

}
