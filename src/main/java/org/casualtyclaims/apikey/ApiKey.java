package org.casualtyclaims.apikey;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casualtyclaims.persistence.AssignedIdEntity;

/**
 * A key as stored: its name, role and hash, never the key itself. Revoked, never erased.
 */
@Entity
@Table(name = "api_keys")
public class ApiKey extends AssignedIdEntity {

	@Id
	private UUID id;

	private String name;

	private Role role;

	private byte[] keyHash;

	private Instant createdAt;

	private String createdBy;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiKey() {
	}

	ApiKey(String name, Role role, byte[] keyHash, String by, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.role = role;
		this.keyHash = keyHash;
		this.createdAt = now;
		this.createdBy = by;
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Role getRole() {
		return this.role;
	}

	byte[] getKeyHash() {
		return this.keyHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public String getRevokedBy() {
		return this.revokedBy;
	}

}
