package org.casualtyclaims.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.apikey.WritingKeyCheck;
import org.casualtyclaims.web.FieldProblem;
import org.casualtyclaims.web.InvalidRowsException;

/** The claim use cases; each public method is one transaction. */
@Service
public class ClaimService {

	private final ClaimRepository claims;

	private final ClaimRevisionRepository revisions;

	private final ClaimInserts inserts;

	private final Supersessions supersessions;

	private final ConsistencyFlags flags;

	private final WritingKeyCheck writingKey;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClaimService(ClaimRepository claims, ClaimRevisionRepository revisions, ClaimInserts inserts,
			Supersessions supersessions, ConsistencyFlags flags, WritingKeyCheck writingKey,
			ApplicationEventPublisher events, Clock clock) {
		this.claims = claims;
		this.revisions = revisions;
		this.inserts = inserts;
		this.supersessions = supersessions;
		this.flags = flags;
		this.writingKey = writingKey;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Claim create(ClaimContent content, String by) {
		return createAll(List.of(content), null, by).get(0);
	}

	/**
	 * Creates claims inside the caller's transaction, in one insert however many (a
	 * report adds up to 500), sent at commit with their series' statement: nothing in the
	 * transaction may read them back before it commits.
	 */
	@Transactional
	public List<Claim> createAll(List<ClaimContent> contents, UUID reportId, String by) {
		this.writingKey.requireActiveKey();
		// a report's claims are named claims[i], as bean validation names them
		refuseBadSupersessions(contents, Collections.nCopies(contents.size(), null),
				(i) -> ((reportId != null) ? "claims[" + i + "]." : "") + "supersedes");
		Instant now = now();
		List<Claim> created = Claim.createAll(contents, reportId, by, now);
		if (ConsistencyFlags.concerns(contents)) {
			// the flag check reads the new claims; what it raised is every flag they
			// carry
			this.inserts.insert(created, by);
			Map<UUID, List<String>> raised = this.flags.recheck(contents, now);
			created.forEach((claim) -> claim.showFlags(raised.getOrDefault(claim.getId(), List.of())));
		}
		else {
			// no flag can concern these claims: the insert waits for the commit's batch
			this.inserts.insertAtCommit(created, by);
		}
		created.forEach((claim) -> this.events.publishEvent(ClaimChanged.created(claim)));
		return created;
	}

	@Transactional(readOnly = true)
	public Claim get(UUID id) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new ClaimNotFoundException(id));
		showFlags(List.of(claim));
		return claim;
	}

	/** The claims a report brought, in the order it listed them. */
	@Transactional(readOnly = true)
	public List<Claim> ofReport(UUID reportId) {
		List<Claim> claims = this.claims.findByReportIdOrderByCreatedAtAscIdAsc(reportId);
		showFlags(claims);
		return claims;
	}

	/** How many claims each report brought; a report without any is left out. */
	@Transactional(readOnly = true)
	public Map<UUID, Long> countByReport(Collection<UUID> reportIds) {
		return this.claims.countByReport(reportIds)
			.stream()
			.collect(Collectors.toMap((row) -> (UUID) row[0], (row) -> (Long) row[1]));
	}

	@Transactional
	public Claim replace(UUID id, ClaimContent content, LongPredicate allowedVersions, String by) {
		this.writingKey.requireActiveKey();
		Claim claim = lock(id);
		checkVersion(claim, allowedVersions);
		refuseBadSupersessions(List.of(content), List.of(id), (i) -> "supersedes");
		ClaimContent before = claim.getContent();
		Instant now = now();
		this.revisions.save(claim.replaceWith(content, by, now));
		this.claims.flush();
		this.flags.recheck(List.of(before, content), now);
		showFlags(List.of(claim));
		this.events.publishEvent(ClaimChanged.replaced(claim, before));
		return claim;
	}

	/** Retracting twice is a no-op, so a retried DELETE is harmless. */
	@Transactional
	public Claim retract(UUID id, String reason, LongPredicate allowedVersions, String by) {
		this.writingKey.requireActiveKey();
		Claim claim = lock(id);
		if (!claim.isActive()) {
			return claim;
		}
		checkVersion(claim, allowedVersions);
		Instant now = now();
		this.revisions.save(claim.retract(reason, by, now));
		this.claims.flush();
		// a retracted claim leaves the comparison: its flags clear
		this.flags.recheck(List.of(claim.getContent()), now);
		this.events.publishEvent(ClaimChanged.retracted(claim));
		return claim;
	}

	@Transactional(readOnly = true)
	public List<ClaimRevision> revisionsOf(UUID id) {
		get(id);
		return this.revisions.findByClaimIdOrderByVersionAsc(id);
	}

	private void refuseBadSupersessions(List<ClaimContent> contents, List<UUID> ids,
			java.util.function.IntFunction<String> field) {
		List<FieldProblem> problems = this.supersessions.check(contents, ids, field);
		if (!problems.isEmpty()) {
			throw new InvalidRowsException("A claim may supersede only a stored claim of its own series (subject "
					+ "and category) by the same speaker; nothing was stored.", problems, problems.size());
		}
	}

	private void showFlags(List<Claim> claims) {
		Map<UUID, List<String>> open = this.flags.of(claims.stream().map(Claim::getId).toList());
		claims.forEach((claim) -> claim.showFlags(open.getOrDefault(claim.getId(), List.of())));
	}

	// the version check (If-Match) and the change happen under one row lock: of two
	// writers
	// holding the same ETag, the second sees the first's version and gets 412
	private Claim lock(UUID id) {
		return this.claims.findForUpdate(id).orElseThrow(() -> new ClaimNotFoundException(id));
	}

	private static void checkVersion(Claim claim, LongPredicate allowedVersions) {
		if (!allowedVersions.test(claim.getVersion())) {
			throw new StaleVersionException("The claim is at version " + claim.getVersion()
					+ "; If-Match named another. Fetch it again and retry with its ETag.");
		}
	}

	// PostgreSQL keeps microseconds; truncating here makes what we answer equal what we
	// store
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
