package org.casualtyclaims.persistence;

import java.sql.Connection;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import org.casualtyclaims.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Which failures say "the database, not the request": each met for real, on the local
 * PostgreSQL or on a port where none listens, through Hikari and Spring's JDBC layer.
 */
class DatabaseUnavailableTests {

	@Test
	void aStatementCancelledByTheStatementTimeoutIsUnavailability() {
		try (HikariDataSource pool = pool(ThrowawayDatabase.serverUrlFromEnvironment(), 2)) {
			pool.setConnectionInitSql("SET statement_timeout = 100");
			Throwable failure = catchThrowable(() -> new JdbcTemplate(pool).execute("select pg_sleep(5)"));
			assertThat(failure).isNotNull();
			assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
		}
	}

	@Test
	void anExhaustedPoolIsUnavailability() throws Exception {
		try (HikariDataSource pool = pool(ThrowawayDatabase.serverUrlFromEnvironment(), 1);
				Connection held = pool.getConnection()) {
			// only the wait for the one held connection should give up quickly
			pool.getHikariConfigMXBean().setConnectionTimeout(250);
			Throwable failure = catchThrowable(() -> new JdbcTemplate(pool).execute("select 1"));
			assertThat(failure).isNotNull();
			assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
		}
	}

	@Test
	void aRefusedConnectionIsUnavailability() {
		// port 1: nothing listens there, so the driver's connect is refused
		try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:1/postgres", 1)) {
			pool.setConnectionTimeout(250);
			Throwable failure = catchThrowable(() -> new JdbcTemplate(pool).execute("select 1"));
			assertThat(failure).isNotNull();
			assertThat(DatabaseUnavailable.causedBy(failure)).isTrue();
		}
	}

	@Test
	void aRollbackOnAClosedConnectionIsUnavailability() throws Exception {
		try (HikariDataSource pool = pool(ThrowawayDatabase.serverUrlFromEnvironment(), 1)) {
			Connection connection = pool.getConnection();
			connection.close();
			// what Hibernate throws when PostgreSQL went away under a transaction
			Throwable closed = catchThrowable(connection::rollback);
			assertThat(DatabaseUnavailable.causedBy(new org.hibernate.TransactionException(
					"Unable to rollback against JDBC Connection", (Exception) closed)))
				.isTrue();
			assertThat(
					DatabaseUnavailable.causedBy(new org.hibernate.TransactionException("Transaction already active")))
				.isFalse();
		}
	}

	@Test
	void aFailingStatementIsNot() {
		try (HikariDataSource pool = pool(ThrowawayDatabase.serverUrlFromEnvironment(), 1)) {
			JdbcTemplate jdbc = new JdbcTemplate(pool);
			assertThat(DatabaseUnavailable.causedBy(catchThrowable(() -> jdbc.execute("select 1/0")))).isFalse();
			assertThat(DatabaseUnavailable.causedBy(catchThrowable(() -> jdbc.execute("select from nowhere"))))
				.isFalse();
			// program_limit_exceeded (54000) is Spring's resource failure, yet no retry
			// mends it
			assertThat(
					DatabaseUnavailable.causedBy(catchThrowable(() -> jdbc.execute("select repeat('x', 2000000000)"))))
				.isFalse();
		}
	}

	private static HikariDataSource pool(String url, int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(System.getenv().getOrDefault("CLAIMS_TEST_POSTGRES_USER", "postgres"));
		pool.setPassword(System.getenv().getOrDefault("CLAIMS_TEST_POSTGRES_PASSWORD", "postgres"));
		pool.setMaximumPoolSize(size);
		// generous: opening a connection on a busy machine can take longer than a
		// quarter second, and that is no unavailability worth a red build
		pool.setConnectionTimeout(10_000);
		// the pool starts without a connection, so a dead server fails the first use, not
		// here
		pool.setInitializationFailTimeout(-1);
		return pool;
	}

}
