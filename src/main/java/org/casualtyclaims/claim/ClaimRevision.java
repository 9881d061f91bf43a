package org.casualtyclaims.claim;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An earlier version of a claim, as it stood until the next change. Append-only. */
@Entity
@Immutable
@Table(name = "claim_revisions")
@IdClass(ClaimRevision.Key.class)
public class ClaimRevision {

	@Id
	private UUID claimId;

	@Id
	private int version;

	@Embedded
	private ClaimContent content;

	// the series the version belonged to, for as-of reads (ClaimsAsOf)
	private String subjectKey;

	private ClaimStatus status;

	private String retractionReason;

	private Instant changedAt;

	private String changedBy;

	protected ClaimRevision() {
	}

	static ClaimRevision of(Claim claim) {
		ClaimRevision revision = new ClaimRevision();
		revision.claimId = claim.getId();
		revision.version = claim.getVersion();
		revision.content = claim.getContent();
		revision.subjectKey = claim.getSubjectKey();
		revision.status = claim.getStatus();
		revision.retractionReason = claim.getRetractionReason();
		revision.changedAt = claim.getUpdatedAt();
		revision.changedBy = claim.getUpdatedBy();
		return revision;
	}

	public UUID getClaimId() {
		return this.claimId;
	}

	public int getVersion() {
		return this.version;
	}

	public ClaimContent getContent() {
		return this.content;
	}

	public ClaimStatus getStatus() {
		return this.status;
	}

	public String getRetractionReason() {
		return this.retractionReason;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	/** The composite key: one row per claim and version. */
	public record Key(UUID claimId, int version) implements Serializable {
	}

}
