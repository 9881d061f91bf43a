package org.casualtyclaims.apikey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

	Optional<ApiKey> findByKeyHash(byte[] keyHash);

	@Query("select count(k) > 0 from ApiKey k where lower(k.name) = lower(:name) and k.revokedAt is null")
	boolean existsActiveNamed(String name);

	boolean existsByRoleAndRevokedAtIsNull(Role role);

	@Query("select k.id from ApiKey k where k.id in :ids and k.revokedAt is not null")
	List<UUID> findRevokedAmong(Collection<UUID> ids);

	/**
	 * Revokes the key unless it is revoked already. A concurrent revocation waits on the
	 * row lock, then finds the key revoked and changes nothing, where loading and saving
	 * the entity would write a second revocation that the database refuses.
	 */
	@Modifying
	@Query("update ApiKey k set k.revokedAt = :now, k.revokedBy = :by where k.id = :id and k.revokedAt is null")
	int revokeIfActive(UUID id, String by, Instant now);

	/**
	 * Installs the first admin key unless an active admin key exists. Two instances
	 * starting together both pass the check; the unique indexes on the hash and on active
	 * names make the second insert a no-op instead of a second admin.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into api_keys (id, name, role, key_hash, created_at, created_by)
			select :id, 'admin', 'admin', :keyHash, :now, 'CLAIMS_ADMIN_KEY'
			where not exists (select 1 from api_keys where role = 'admin' and revoked_at is null)
			on conflict do nothing""")
	int insertFirstAdmin(UUID id, byte[] keyHash, Instant now);

}
