package org.casualtyclaims.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.coyote.AbstractProtocol;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.ApiKeyService.IssuedKey;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.support.EventStreamClient;
import org.casualtyclaims.support.IsolatedApiTest;
import org.casualtyclaims.support.Polling;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream caps and timings {@link IsolatedApiTest} sets small. */
@IsolatedApiTest
class StreamLimitsIntegrationTests {

	static final Duration CEILING = Duration.ofSeconds(10);

	@Autowired
	EventStreamHub hub;

	@Autowired
	ApiKeyService keys;

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext server;

	private String streamUrl() {
		return "http://127.0.0.1:" + this.port + "/api/v1/deltas/stream";
	}

	@BeforeEach
	void earlierTestsStreamsAreGone() throws InterruptedException {
		assertThat(Polling.within(CEILING, () -> this.hub.openStreams() == 0)).as("no stream left open").isTrue();
	}

	@Test
	void aStreamOverTheAddressCapIsRefusedWith503AndRetryAfter() throws Exception {
		List<EventStreamClient> open = new ArrayList<>();
		try {
			open.add(EventStreamClient.connect(streamUrl(), null));
			open.add(EventStreamClient.connect(streamUrl(), null));
			assertThat(open).extracting(EventStreamClient::status).containsOnly(200);
			EventStreamClient refused = EventStreamClient.connect(streamUrl(), null);
			open.add(refused);
			assertThat(refused.status()).isEqualTo(503);
			assertThat(refused.header("Retry-After")).isEqualTo("7");
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.bodyText()).contains("\"status\":503", "too-many-streams");
		}
		finally {
			for (EventStreamClient client : open) {
				client.close();
			}
		}
	}

	@Test
	void theFirstEventTellsTheClientWhenToReconnect() throws Exception {
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(), null)) {
			assertThat(stream.status()).isEqualTo(200);
			assertThat(Polling.within(CEILING, () -> stream.retry() != null)).isTrue();
			assertThat(stream.retry()).isEqualTo("1234");
		}
	}

	@Test
	void aWriteBlockedOnAClientThatStoppedReadingFailsAfter20Seconds() {
		// Tomcat's write timeout is its connection timeout: it bounds a stuck sender
		// thread
		AbstractProtocol<?> protocol = (AbstractProtocol<?>) ((TomcatWebServer) this.server.getWebServer()).getTomcat()
			.getConnector()
			.getProtocolHandler();
		assertThat(protocol.getConnectionTimeout()).isEqualTo(20_000);
	}

	@Test
	void aStreamWhoseKeyIsRevokedIsClosedWithinSeconds() throws Exception {
		IssuedKey revoked = this.keys.issue("stream-revoked-" + System.nanoTime(), Role.READER, "test");
		IssuedKey kept = this.keys.issue("stream-kept-" + System.nanoTime(), Role.READER, "test");
		try (EventStreamClient doomed = EventStreamClient.connect(streamUrl(), null,
				Map.of("Authorization", "Bearer " + revoked.key()));
				EventStreamClient staying = EventStreamClient.connect(streamUrl(), null,
						Map.of("Authorization", "Bearer " + kept.key()))) {
			assertThat(doomed.status()).isEqualTo(200);
			assertThat(staying.status()).isEqualTo(200);
			this.keys.revoke(revoked.apiKey().getId(), "test");
			assertThat(doomed.awaitEnd(CEILING)).isTrue();
			assertThat(staying.awaitEnd(Duration.ofMillis(500))).isFalse();
		}
	}

}
