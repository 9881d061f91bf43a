package org.casualtyclaims.alert;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/**
 * The worker's side of the outbox, each call one short statement. Due alerts are leased
 * with {@code FOR UPDATE SKIP LOCKED}: a lease moves {@code next_attempt_at} past the
 * send's timeouts, so a worker on another replica neither waits for the row nor sends it
 * too. No transaction stays open while a target answers (an open transaction would hold
 * back the mirror feed, which stops below the oldest one running).
 */
@Component
class OutboxLeases {

	private static final String LEASE = """
			with due as (
			    select id from alert_outbox
			    where status = 'pending' and next_attempt_at <= now()
			    order by next_attempt_at
			    limit ?
			    for update skip locked),
			leased as (
			    update alert_outbox o set attempts = o.attempts + 1,
			                              next_attempt_at = now() + ? * interval '1 millisecond'
			    from due where o.id = due.id
			    returning o.id, o.subscription_id, o.event_type, o.payload, o.attempts)
			select l.id, l.event_type, l.payload, l.attempts, s.target_url, s.secret,
			       s.deactivated_at is null as active
			from leased l join alert_subscriptions s on s.id = l.subscription_id
			""";

	// the attempt is logged whatever happens to the row; the row changes only while the
	// lease is still this worker's (the attempt count is unchanged)
	private static final String FINISH = """
			with logged as (
			    insert into alert_delivery_attempts (outbox_id, attempt, attempted_at, outcome, response_status,
			                                         error, duration_ms)
			    values (?, ?, ?, ?, ?, ?, ?))
			update alert_outbox set status = ?,
			    finished_at = case when ? = 'pending' then null else now() end,
			    next_attempt_at = now() + ? * interval '1 millisecond',
			    last_error = ?
			where id = ? and attempts = ? and status = 'pending'
			""";

	private final JdbcTemplate jdbc;

	OutboxLeases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Leased> lease(int batchSize, Duration lease) {
		return this.jdbc.query(LEASE,
				(rs, n) -> new Leased(rs.getObject("id", UUID.class), rs.getString("event_type"),
						rs.getString("payload"), rs.getInt("attempts"), rs.getString("target_url"),
						rs.getString("secret"), rs.getBoolean("active")),
				batchSize, lease.toMillis());
	}

	void finish(Leased alert, Attempt attempt, Duration retryAfter) {
		String status = attempt.outcome().rowStatus();
		String error = attempt.error();
		this.jdbc.update(FINISH, alert.id(), alert.attempt(), OffsetDateTime.ofInstant(attempt.at(), ZoneOffset.UTC),
				attempt.outcome().wireName(), new SqlParameterValue(Types.INTEGER, attempt.responseStatus()),
				new SqlParameterValue(Types.VARCHAR, error), attempt.durationMillis(), status, status,
				(retryAfter != null) ? retryAfter.toMillis() : 0, new SqlParameterValue(Types.VARCHAR, error),
				alert.id(), alert.attempt());
	}

	/** An alert this worker holds the lease of. */
	record Leased(UUID id, String eventType, String payload, int attempt, String targetUrl, String secret,
			boolean subscriptionActive) {
	}

	/** What one attempt came to. */
	record Attempt(Outcome outcome, Instant at, Integer responseStatus, String error, long durationMillis) {

		Attempt {
			// the column's size; an error message from a socket can be long
			error = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		}

	}

	/** How an attempt ended, and the state it leaves the alert in. */
	enum Outcome {

		DELIVERED("delivered", "delivered"), RETRYING("retrying", "pending"), FAILED("failed", "failed"),
		CANCELLED("cancelled", "cancelled");

		private final String wireName;

		private final String rowStatus;

		Outcome(String wireName, String rowStatus) {
			this.wireName = wireName;
			this.rowStatus = rowStatus;
		}

		String wireName() {
			return this.wireName;
		}

		String rowStatus() {
			return this.rowStatus;
		}

	}

}
