package org.casualtyclaims.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads a subscription's alerts and their attempts, newest alert first. */
@Component
class DeliveryLog {

	private static final String ALERTS = """
			select id, event_type, claim_id, created_at, status, attempts, next_attempt_at, finished_at,
			       last_error, payload
			from alert_outbox where subscription_id = ?
			order by created_at desc, id
			limit ? offset ?
			""";

	private static final String ATTEMPTS = """
			select outbox_id, attempt, attempted_at, outcome, response_status, error, duration_ms
			from alert_delivery_attempts where outbox_id = any(?::uuid[])
			order by outbox_id, attempt
			""";

	private final JdbcTemplate jdbc;

	DeliveryLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count(UUID subscriptionId) {
		return this.jdbc.queryForObject("select count(*) from alert_outbox where subscription_id = ?", Long.class,
				subscriptionId);
	}

	List<DeliveryResponse> page(UUID subscriptionId, long offset, int limit) {
		List<DeliveryResponse> alerts = this.jdbc.query(ALERTS, (rs, n) -> {
			String status = rs.getString("status");
			return new DeliveryResponse(rs.getObject("id", UUID.class), rs.getString("event_type"),
					rs.getObject("claim_id", UUID.class), SubscriptionStore.instant(rs, "created_at"), status,
					rs.getInt("attempts"),
					status.equals("pending") ? SubscriptionStore.instant(rs, "next_attempt_at") : null,
					SubscriptionStore.instant(rs, "finished_at"), rs.getString("last_error"), List.of(),
					rs.getString("payload"));
		}, subscriptionId, limit, offset);
		if (alerts.isEmpty()) {
			return alerts;
		}
		String[] ids = alerts.stream().map((a) -> a.eventId().toString()).toArray(String[]::new);
		Map<UUID, List<DeliveryResponse.AttemptResponse>> attempts = this.jdbc
			.query(ATTEMPTS,
					(rs, n) -> Map.entry(rs.getObject("outbox_id", UUID.class),
							new DeliveryResponse.AttemptResponse(rs.getInt("attempt"),
									SubscriptionStore.instant(rs, "attempted_at"), rs.getString("outcome"),
									rs.getObject("response_status", Integer.class), rs.getString("error"),
									rs.getLong("duration_ms"))),
					(Object) ids)
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return alerts.stream()
			.map((a) -> new DeliveryResponse(a.eventId(), a.eventType(), a.claimId(), a.createdAt(), a.status(),
					a.attempts(), a.nextAttemptAt(), a.finishedAt(), a.lastError(),
					attempts.getOrDefault(a.eventId(), List.of()), a.payload()))
			.toList();
	}

}
