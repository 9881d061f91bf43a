package org.casualtyclaims.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_records} table, in plain SQL: the guarantee rests on
 * {@code INSERT ... ON CONFLICT DO NOTHING} and the primary key, which JPA cannot say.
 * Every method runs in the caller's transaction.
 */
@Repository
class IdempotencyRecords {

	private final JdbcClient jdbc;

	IdempotencyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves the key for this transaction. Answers false when a live record exists;
	 * when another transaction holds an uncommitted reservation, PostgreSQL makes this
	 * wait until it commits (false) or rolls back (true).
	 */
	boolean reserve(IdempotentRequest request, Instant now, Instant expiresAt) {
		// an expired record is dead: remove it so the key can be reserved afresh
		this.jdbc.sql("""
				delete from idempotency_records
				where caller = ? and scope = ? and idempotency_key = ? and expires_at <= ?""")
			.params(request.caller(), request.scope(), request.key(), Timestamp.from(now))
			.update();
		return this.jdbc.sql("""
				insert into idempotency_records (caller, scope, idempotency_key, request_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (caller, scope, idempotency_key) do nothing""")
			.params(request.caller(), request.scope(), request.key(), request.requestHash(), Timestamp.from(now),
					Timestamp.from(expiresAt))
			.update() == 1;
	}

	/** The committed record of a key: its request hash and response. */
	Optional<Existing> find(IdempotentRequest request) {
		return this.jdbc.sql("""
				select request_hash, response_status, response_location, response_etag, response_body
				from idempotency_records
				where caller = ? and scope = ? and idempotency_key = ?""")
			.params(request.caller(), request.scope(), request.key())
			.query((rs, row) -> new Existing(rs.getString(1),
					new StoredResponse(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))))
			.optional();
	}

	/** Fills the reservation with the response, before the write commits. */
	void complete(IdempotentRequest request, StoredResponse response) {
		this.jdbc.sql("""
				update idempotency_records
				set response_status = ?, response_location = ?, response_etag = ?, response_body = ?
				where caller = ? and scope = ? and idempotency_key = ?""")
			.params(response.status(), response.location(), response.etag(), response.body(), request.caller(),
					request.scope(), request.key())
			.update();
	}

	int purgeExpired(Instant now) {
		return this.jdbc.sql("delete from idempotency_records where expires_at <= ?")
			.param(Timestamp.from(now))
			.update();
	}

	/** What an earlier request with the key left behind. */
	record Existing(String requestHash, StoredResponse response) {

	}

}
