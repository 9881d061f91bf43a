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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues, lists and revokes keys, and tells whether a presented key is valid. A valid key
 * is remembered for a few seconds ({@link VerifiedKeys}): a revocation holds at once on
 * this instance and for writes everywhere ({@link WritingKeyCheck}), and for reads on
 * other instances once their entry expires.
 */
@Service
public class ApiKeyService {

	private final ApiKeyRepository keys;

	private final VerifiedKeys verified;

	private final WritingKeyCheck writingKey;

	private final Clock clock;

	ApiKeyService(ApiKeyRepository keys, VerifiedKeys verified, WritingKeyCheck writingKey, Clock clock) {
		this.keys = keys;
		this.verified = verified;
		this.writingKey = writingKey;
		this.clock = clock;
	}

	/** Makes a key; the answer holds the plaintext, which is not kept anywhere. */
	@Transactional
	public IssuedKey issue(String name, Role role, String by) {
		this.writingKey.requireActiveKeyNow();
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
		this.writingKey.requireActiveKeyNow();
		if (this.keys.revokeIfActive(id, by, now()) == 0 && !this.keys.existsById(id)) {
			throw new ApiKeyNotFoundException(id);
		}
		// after commit: forgotten earlier, a request verifying the key meanwhile could
		// cache it again
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				ApiKeyService.this.verified.forget(id);
			}

		});
	}

	/**
	 * The key's owner when the key is known and not revoked. No transaction of its own: a
	 * cache hit needs none, and a miss is one autocommitted read.
	 */
	Optional<ApiKeyPrincipal> authenticate(String presented) {
		byte[] hash = KeyHasher.hash(presented);
		return this.verified.get(hash,
				() -> this.keys.findByKeyHash(hash)
					.filter((key) -> KeyHasher.matches(key.getKeyHash(), hash))
					.filter(ApiKey::isActive)
					.map(ApiKeyPrincipal::of));
	}

	/**
	 * Installs {@code key} as the admin key named admin when no active admin key exists.
	 */
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
