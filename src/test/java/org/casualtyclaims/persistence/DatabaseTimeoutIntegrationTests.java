package org.casualtyclaims.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;
import org.casualtyclaims.support.TestKeys;
import org.casualtyclaims.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stuck statement, an exhausted pool and a lost database answer 503 problem+json with
 * {@code Retry-After} within the configured timeouts, and the service recovers by itself.
 * The first two share a second instance with small timeouts and a small pool; the lost
 * database takes an instance (and a database) of its own.
 */
@ApiTest
class DatabaseTimeoutIntegrationTests {

	// generous ceiling: the timeouts below are well under a second
	private static final long CEILING_MILLIS = 5_000;

	private static final Map<String, String> SMALL_TIMEOUTS_AND_POOL = Map.of("claims.database.statement-timeout",
			"300ms", "claims.database.retry-after", "7s", "spring.datasource.hikari.maximum-pool-size", "2",
			"spring.datasource.hikari.connection-timeout", "500");

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	DataSource dataSource;

	@Autowired
	SecondInstances instances;

	@Test
	void poolConnectionsCarryTheStatementTimeout() {
		assertThat(new JdbcTemplate(this.dataSource).queryForObject("show statement_timeout", String.class))
			.isEqualTo("5s");
	}

	@Test
	void aWriteBlockedPastTheStatementTimeoutAnswers503AndStoresNothing() throws SQLException {
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		RestTestClient client = clientOf(this.instances.shared(SMALL_TIMEOUTS_AND_POOL));
		try (Connection locker = this.dataSource.getConnection()) {
			// hold the series row that every write to this series locks
			locker.setAutoCommit(false);
			try (PreparedStatement lock = locker.prepareStatement(
					"select 1 from series where subject_key = ? and category = 'casualties' for update")) {
				lock.setString(1, SubjectKey.of(subject).value());
				assertThat(lock.executeQuery().next()).isTrue();
			}
			long started = System.nanoTime();
			expectUnavailable(client.post()
				.uri("/api/v1/claims")
				.contentType(MediaType.APPLICATION_JSON)
				.body(ClaimJson.contactGroupClaim(subject))
				.exchange(), "7");
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(CEILING_MILLIS);
			locker.rollback();
			assertThat(new ClaimApi(client).countAll(subject)).isEqualTo(1);
			new ClaimApi(client).create(ClaimJson.contactGroupClaim(subject));
			assertThat(new ClaimApi(client).countAll(subject)).isEqualTo(2);
		}
	}

	@Test
	void anExhaustedPoolAnswers503WithinTheAcquireTimeout() throws SQLException {
		SecondInstance instance = this.instances.shared(SMALL_TIMEOUTS_AND_POOL);
		RestTestClient client = clientOf(instance);
		String unknown = "/api/v1/claims/" + UUID.randomUUID();
		client.get().uri(unknown).exchange().expectStatus().isNotFound();
		List<Connection> held = holdEveryConnection(instance.bean(DataSource.class));
		try {
			long started = System.nanoTime();
			// without a key the controller meets the pool; with one, the key filter
			// does
			expectUnavailable(anonymous(instance).get().uri(unknown).exchange(), "7");
			expectUnavailable(client.get().uri(unknown).exchange(), "7");
			assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(CEILING_MILLIS);
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
		client.get().uri(unknown).exchange().expectStatus().isNotFound();
	}

	// also what operators see: health goes DOWN
	@Test
	void aLostDatabaseAnswers503AndHealthSaysDown() {
		ThrowawayDatabase own = ThrowawayDatabase.create(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
		try (SecondInstance instance = SecondInstance.sharing(own.connectionDetails(),
				Map.of("spring.datasource.hikari.connection-timeout", "500"))) {
			RestTestClient client = anonymous(instance);
			String unknown = "/api/v1/claims/" + UUID.randomUUID();
			client.get().uri(unknown).exchange().expectStatus().isNotFound();
			client.get().uri("/actuator/health").exchange().expectStatus().isOk();
			own.drop();
			expectUnavailable(client.get().uri(unknown).exchange(), "5");
			client.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN")
				.jsonPath("$.components.db.status")
				.isEqualTo("DOWN");
		}
		finally {
			own.drop();
		}
	}

	// the admin key the test contexts start with: it is in the shared database
	private static RestTestClient clientOf(SecondInstance instance) {
		return RestTestClient.bindToServer()
			.baseUrl(instance.baseUrl())
			.defaultHeader("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.build();
	}

	private static RestTestClient anonymous(SecondInstance instance) {
		return RestTestClient.bindToServer().baseUrl(instance.baseUrl()).build();
	}

	private static void expectUnavailable(RestTestClient.ResponseSpec response, String retryAfter) {
		response.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Retry-After", retryAfter)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/database-unavailable")
			.jsonPath("$.status")
			.isEqualTo(503);
	}

	// every connection the pool will give, until it times out (the pool is small)
	private static List<Connection> holdEveryConnection(DataSource pool) {
		List<Connection> held = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			try {
				held.add(pool.getConnection());
			}
			catch (SQLException exhausted) {
				return held;
			}
		}
		throw new IllegalStateException("the pool gave more connections than it should have");
	}

}
