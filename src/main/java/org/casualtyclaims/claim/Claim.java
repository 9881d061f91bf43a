package org.casualtyclaims.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.casualtyclaims.persistence.AssignedIdEntity;

/**
 * A figure someone stated on a date. It changes only through verbs that keep the earlier
 * version as a {@link ClaimRevision}; it is retracted, never erased.
 */
@Entity
@Table(name = "claims")
public class Claim extends AssignedIdEntity {

	@Id
	private UUID id;

	@Embedded
	private ClaimContent content;

	private String subjectKey;

	private UUID reportId;

	private ClaimStatus status;

	private String retractionReason;

	// starts at 1 and counts every change; writers lock the row first (see ClaimService)
	private int version;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	// derived, not a column: the open consistency flags, filled in by ClaimService
	@Transient
	private List<String> flags = List.of();

	protected Claim() {
	}

	private Claim(UUID id, ClaimContent content, UUID reportId, String by, Instant now) {
		this.id = id;
		this.reportId = reportId;
		this.status = ClaimStatus.ACTIVE;
		this.version = 1;
		this.createdAt = now;
		this.createdBy = by;
		setContent(content, by, now);
	}

	public static Claim create(ClaimContent content, UUID reportId, String by, Instant now) {
		return new Claim(UUID.randomUUID(), content, reportId, by, now);
	}

	/**
	 * Claims created together, in one transaction and at one instant. Their random ids
	 * are handed out in PostgreSQL's uuid order, so "created at, then id" (how a report
	 * lists its claims and how a series breaks a tie) keeps the order they were given in.
	 */
	static List<Claim> createAll(List<ClaimContent> contents, UUID reportId, String by, Instant now) {
		List<UUID> ids = Stream.generate(UUID::randomUUID)
			.limit(contents.size())
			.sorted(Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
				.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned))
			.toList();
		List<Claim> claims = new ArrayList<>(contents.size());
		for (int i = 0; i < contents.size(); i++) {
			claims.add(new Claim(ids.get(i), contents.get(i), reportId, by, now));
		}
		return claims;
	}

	/**
	 * A claim loaded from a file: its own id and provenance where the file gives them (a
	 * restore keeps what the claims were), fresh ones where not.
	 */
	static Claim imported(UUID id, ClaimContent content, String createdBy, Instant createdAt) {
		return new Claim(id, content, null, createdBy, createdAt);
	}

	/** Replaces the writable fields; answers the version it replaced. */
	public ClaimRevision replaceWith(ClaimContent newContent, String by, Instant now) {
		if (this.status == ClaimStatus.RETRACTED) {
			throw new ClaimRetractedException(this.id);
		}
		ClaimRevision previous = ClaimRevision.of(this);
		this.version++;
		setContent(newContent, by, now);
		return previous;
	}

	/** Takes the claim out of series and listings, keeping it and the reason. */
	public ClaimRevision retract(String reason, String by, Instant now) {
		ClaimRevision previous = ClaimRevision.of(this);
		this.version++;
		this.status = ClaimStatus.RETRACTED;
		this.retractionReason = Objects.requireNonNull(reason);
		touch(by, now);
		return previous;
	}

	private void setContent(ClaimContent content, String by, Instant now) {
		this.content = content;
		this.subjectKey = content.subjectKey().value();
		touch(by, now);
	}

	private void touch(String by, Instant now) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public ClaimContent getContent() {
		return this.content;
	}

	public String getSubjectKey() {
		return this.subjectKey;
	}

	public UUID getReportId() {
		return this.reportId;
	}

	public ClaimStatus getStatus() {
		return this.status;
	}

	public boolean isActive() {
		return this.status == ClaimStatus.ACTIVE;
	}

	public String getRetractionReason() {
		return this.retractionReason;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

	/** The open consistency flags, by name ({@link ConsistencyFlags}). */
	public List<String> getFlags() {
		return this.flags;
	}

	void showFlags(List<String> flags) {
		this.flags = List.copyOf(flags);
	}

}
