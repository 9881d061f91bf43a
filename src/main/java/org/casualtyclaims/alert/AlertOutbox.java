package org.casualtyclaims.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.delta.ClaimPoints;
import org.casualtyclaims.persistence.PreCommitStatements;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the alerts a transaction's claim writes raise into {@code alert_outbox}: one
 * statement finds every (subscription, written claim) pair whose delta meets the
 * subscription's condition, one more inserts them. Two round trips for a 500-claim report
 * and any number of subscriptions.
 */
@Component
class AlertOutbox {

	private static final int MATCH_SLICE = 10_000;

	// Each written claim is the end ("to") of a new delta whose start is the active claim
	// just before it in series order (that speaker's, when the subscription names one).
	// A retraction leaves a new delta behind: from the claim before the retracted one to
	// the claim after it. The arithmetic is the contract's: round half away from zero, 2
	// decimals, no perDay on the same day, no percentChange from 0.
	private static final String MATCH = """
			select s.id as subscription_id, s.condition_type, s.threshold, w.kind,
			       c.subject as claim_subject, c.category as claim_category, c.status as claim_status,
			       %s, %s, %s
			from unnest(?::uuid[], ?::text[]) as w (claim_id, kind)
			join claims c on c.id = w.claim_id
			join alert_subscriptions s on s.deactivated_at is null
			     and (s.subject_key is null or s.subject_key = c.subject_key)
			     and (s.category is null or s.category = c.category)
			     and (s.speaker_key is null or s.speaker_key = lower(c.speaker))
			join api_keys k on k.id = s.owner_key_id and k.revoked_at is null
			cross join lateral (
			    select id, figure, figure_low, figure_high, stated_on, speaker, source, qualifier, stated_on_precision, supersedes
			    from claims where w.kind <> 'retracted' and id = c.id and status = 'active'
			    union all
			    (select id, figure, figure_low, figure_high, stated_on, speaker, source, qualifier, stated_on_precision, supersedes
			     from claims n
			     where w.kind = 'retracted' and n.subject_key = c.subject_key and n.category = c.category
			       and n.status = 'active' and (s.speaker_key is null or s.speaker_key = lower(n.speaker))
			       and (n.stated_on, n.created_at, n.id) > (c.stated_on, c.created_at, c.id)
			     order by n.stated_on, n.created_at, n.id
			     limit 1)) t
			left join lateral (
			    select id, figure, figure_low, figure_high, stated_on, speaker, source, qualifier, stated_on_precision, supersedes
			    from claims p
			    where p.subject_key = c.subject_key and p.category = c.category and p.status = 'active'
			      and p.id <> c.id and (s.speaker_key is null or s.speaker_key = lower(p.speaker))
			      and (p.stated_on, p.created_at, p.id) < (c.stated_on, c.created_at, c.id)
			    order by p.stated_on desc, p.created_at desc, p.id desc
			    limit 1) f on true
			where case s.condition_type
			    when 'newClaim' then w.kind = 'created'
			    when 'decrease' then t.figure < f.figure
			    when 'perDay' then t.stated_on <> f.stated_on
			        and abs(round((t.figure - f.figure)::numeric / (t.stated_on - f.stated_on), 2)) > s.threshold
			    when 'percentChange' then f.figure <> 0
			        and abs(round((t.figure - f.figure) * 100::numeric / f.figure, 2)) > s.threshold
			    else false end
			order by w.claim_id, s.id
			"""
		.formatted(ClaimPoints.columns("c"), ClaimPoints.columns("t"), ClaimPoints.columns("f"));

	private static final String INSERT = """
			insert into alert_outbox (id, subscription_id, claim_id, event_type, payload, created_at, next_attempt_at)
			select id, subscription_id, claim_id, event_type, payload, ?::timestamptz, ?::timestamptz
			from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[])
			    as o (id, subscription_id, claim_id, event_type, payload)
			""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final DeliverySignal signal;

	AlertOutbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, DeliverySignal signal) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.signal = signal;
	}

	/**
	 * Adds the match of these writes to the statements sent before commit; the alerts
	 * they raise are stored as soon as the matches are read, in the same transaction.
	 */
	void raise(Map<UUID, ClaimChanged.Kind> written, PreCommitStatements.Batch batch) {
		if (written.isEmpty()) {
			return;
		}
		if (written.size() <= MATCH_SLICE) {
			batch.query(MATCH, this::store, ids(written.entrySet()), kinds(written.entrySet()));
			return;
		}
		// a slice at a time once the batch has run (the series locks held): a large
		// import
		// writes a million claims in one transaction, and each (subscription, claim) pair
		// is matched on its own anyway
		batch.then(() -> {
			List<Map.Entry<UUID, ClaimChanged.Kind>> slice = new ArrayList<>(MATCH_SLICE);
			for (Map.Entry<UUID, ClaimChanged.Kind> entry : written.entrySet()) {
				slice.add(entry);
				if (slice.size() == MATCH_SLICE) {
					matchNow(slice);
					slice.clear();
				}
			}
			if (!slice.isEmpty()) {
				matchNow(slice);
			}
		});
	}

	private void matchNow(List<Map.Entry<UUID, ClaimChanged.Kind>> slice) {
		this.jdbc.query(MATCH, (ResultSet rows) -> {
			store(rows);
			return null;
		}, ids(slice), kinds(slice));
	}

	private static String[] ids(Collection<Map.Entry<UUID, ClaimChanged.Kind>> written) {
		return written.stream().map((entry) -> entry.getKey().toString()).toArray(String[]::new);
	}

	private static String[] kinds(Collection<Map.Entry<UUID, ClaimChanged.Kind>> written) {
		return written.stream().map((entry) -> entry.getValue().name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
	}

	private void store(ResultSet rows) throws SQLException {
		List<AlertRow> matches = new ArrayList<>();
		while (rows.next()) {
			matches.add(AlertRow.read(rows));
		}
		if (!matches.isEmpty()) {
			insert(matches);
		}
	}

	private void insert(List<AlertRow> matches) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		OffsetDateTime createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		int n = matches.size();
		String[] ids = new String[n];
		String[] subscriptions = new String[n];
		String[] claims = new String[n];
		String[] types = new String[n];
		String[] payloads = new String[n];
		for (int i = 0; i < n; i++) {
			AlertEvent event = matches.get(i).toEvent(UUID.randomUUID(), now);
			ids[i] = event.id().toString();
			subscriptions[i] = event.subscriptionId().toString();
			claims[i] = event.claim().id().toString();
			types[i] = event.type();
			payloads[i] = this.json.writeValueAsString(event);
		}
		this.jdbc.update(INSERT, createdAt, createdAt, ids, subscriptions, claims, types, payloads);
		wakeWorkerAfterCommit();
	}

	// the local worker sends at once instead of at its next poll
	private void wakeWorkerAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				AlertOutbox.this.signal.signal();
			}

		});
	}

}
