package org.casualtyclaims.alert;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.claim.WireEnum;

/**
 * Reads and writes {@code alert_subscriptions}; the secret is written, never read here.
 */
@Component
class SubscriptionStore {

	private static final String COLUMNS = """
			id, owner_key_id, subject, category, speaker, condition_type, threshold, target_url,
			created_at, created_by, deactivated_at, deactivated_by
			""";

	private static final String INSERT = """
			insert into alert_subscriptions (id, owner_key_id, subject, subject_key, category, speaker, speaker_key,
			                                 condition_type, threshold, target_url, secret, created_at, created_by)
			values (?, ?, ?, ?, ?, ?, lower(?), ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	SubscriptionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Subscription s, String secret) {
		String subjectKey = (s.subject() != null) ? SubjectKey.of(s.subject()).value() : null;
		this.jdbc.update(INSERT, s.id(), s.ownerKeyId(), text(s.subject()), text(subjectKey),
				text((s.category() != null) ? s.category().wireName() : null), text(s.speaker()), text(s.speaker()),
				s.condition().type().wireName(), new SqlParameterValue(Types.NUMERIC, s.condition().over()), s.url(),
				secret, timestamp(s.createdAt()), s.createdBy());
	}

	Optional<Subscription> find(UUID id) {
		return this.jdbc
			.query("select " + COLUMNS + " from alert_subscriptions where id = ?", SubscriptionStore::row, id)
			.stream()
			.findFirst();
	}

	/** A page of subscriptions, newest first: the owner's, or everyone's for null. */
	List<Subscription> page(UUID owner, long offset, int limit) {
		return this.jdbc.query(
				"select " + COLUMNS + " from alert_subscriptions where (?::uuid is null or owner_key_id = ?::uuid)"
						+ " order by created_at desc, id limit ? offset ?",
				SubscriptionStore::row, uuid(owner), uuid(owner), limit, offset);
	}

	long count(UUID owner) {
		return this.jdbc.queryForObject(
				"select count(*) from alert_subscriptions where (?::uuid is null or owner_key_id = ?::uuid)",
				Long.class, uuid(owner), uuid(owner));
	}

	/**
	 * Active subscriptions of a key, counted under a lock per key held to commit, so two
	 * concurrent POSTs cannot both take the last place.
	 */
	long lockAndCountActive(UUID owner) {
		this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended('alert_subscriptions:' || ?, 0))",
				Object.class, owner.toString());
		return this.jdbc.queryForObject(
				"select count(*) from alert_subscriptions where owner_key_id = ? and deactivated_at is null",
				Long.class, owner);
	}

	void deactivate(UUID id, String by, Instant at) {
		this.jdbc.update("update alert_subscriptions set deactivated_at = ?, deactivated_by = ?"
				+ " where id = ? and deactivated_at is null", timestamp(at), by, id);
	}

	private static Subscription row(ResultSet rs, int rowNum) throws SQLException {
		String type = rs.getString("condition_type");
		return new Subscription(rs.getObject("id", UUID.class), rs.getObject("owner_key_id", UUID.class),
				rs.getString("subject"), WireEnum.fromWireName(Category.class, rs.getString("category")),
				rs.getString("speaker"),
				new Condition(ConditionType.fromWireName(type), asGiven(rs.getBigDecimal("threshold"))),
				rs.getString("target_url"), instant(rs, "created_at"), rs.getString("created_by"),
				instant(rs, "deactivated_at"), rs.getString("deactivated_by"));
	}

	// numeric(14, 2) answers 40.00 for 40: show it as it was written
	static BigDecimal asGiven(BigDecimal threshold) {
		if (threshold == null) {
			return null;
		}
		BigDecimal stripped = threshold.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	private static SqlParameterValue uuid(UUID value) {
		return new SqlParameterValue(Types.VARCHAR, (value != null) ? value.toString() : null);
	}

}
