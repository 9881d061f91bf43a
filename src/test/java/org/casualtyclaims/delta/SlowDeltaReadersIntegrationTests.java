package org.casualtyclaims.delta;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that ask for deltas and never read the answer hold a socket and a thread, not a
 * database connection: with more of them than the pool has connections, other requests
 * still reach the database.
 */
@ApiTest
class SlowDeltaReadersIntegrationTests {

	private static final int POOL_SIZE = 2;

	private static final int SLOW_READERS = 4;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void readersThatNeverReadHoldNoPoolConnection() throws Exception {
		ThrowawayDatabase own = ThrowawayDatabase.create(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
		List<Socket> slow = new ArrayList<>();
		try (SecondInstance instance = SecondInstance.sharing(own.connectionDetails(),
				Map.of("spring.datasource.hikari.maximum-pool-size", Integer.toString(POOL_SIZE),
						"spring.datasource.hikari.connection-timeout", "1000"))) {
			// megabytes of deltas: far more than socket buffers hold
			seed(own, 20_000);
			URI base = URI.create(instance.baseUrl());
			for (int i = 0; i < SLOW_READERS; i++) {
				slow.add(askAndNeverRead(base, "/api/v1/deltas?size=500&page=" + i));
			}
			// the server is answering every one of them (bytes wait in each socket), so
			// each has been through its query
			assertThat(Polling.within(Duration.ofSeconds(30),
					() -> slow.stream().allMatch(SlowDeltaReadersIntegrationTests::answerStarted)))
				.isTrue();
			RestTestClient client = RestTestClient.bindToServer().baseUrl(instance.baseUrl()).build();
			for (int i = 0; i < 3; i++) {
				client.get().uri("/api/v1/claims/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
			}
			client.get().uri("/actuator/health").exchange().expectStatus().isOk();
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
			own.drop();
		}
	}

	private static void seed(ThrowawayDatabase own, int claims) throws SQLException {
		try (Connection connection = DriverManager.getConnection(own.url(), own.connectionDetails().getUsername(),
				own.connectionDetails().getPassword()); Statement statement = connection.createStatement()) {
			int inserted = statement.executeUpdate("""
					insert into casualty_claims.claims (id, subject, subject_key, category, figure, speaker, source,
						stated_on, version, created_at, created_by, updated_at, updated_by)
					select gen_random_uuid(), 'Slow reader ' || (g / 10), 'slow reader ' || (g / 10), 'killed', g,
						'Speaker', 'Source', date '2025-01-01' + mod(g, 300), 1, now(), 'test', now(), 'test'
					from generate_series(1, %d) g""".formatted(claims));
			assertThat(inserted).isEqualTo(claims);
		}
	}

	private static boolean answerStarted(Socket socket) {
		try {
			return socket.getInputStream().available() > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	// a tiny receive window, and nothing read: the server's writes block once it is full
	private static Socket askAndNeverRead(URI base, String path) throws IOException {
		Socket socket = new Socket();
		socket.setReceiveBufferSize(1024);
		socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
		OutputStream out = socket.getOutputStream();
		out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
