package org.casualtyclaims.stream;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.EventStreamClient;
import org.casualtyclaims.support.EventStreamClient.Event;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DeltaStreamIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(2);

	@Autowired
	RestTestClient http;

	@Autowired
	SecondInstances instances;

	@LocalServerPort
	int port;

	private String streamUrl(String baseUrl) {
		return baseUrl + "/api/v1/deltas/stream";
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private static boolean isSeriesEventOf(Event event, String subject) {
		return event.name().equals("series") && event.data().contains(subject);
	}

	@Test
	void aWriteSendsTheSeriesWithItsNewLatestDelta() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(ClaimJson.podcastClaim(subject));
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), null)) {
			assertThat(stream.status()).isEqualTo(200);
			claims.create(ClaimJson.contactGroupClaim(subject));
			// the first claim's event may arrive too, since notifications trail the write
			Event event = stream.await((e) -> isSeriesEventOf(e, subject) && e.data().contains("\"claimCount\":2"),
					WITHIN);
			assertThat(event).isNotNull();
			assertThat(event.id()).isNotBlank();
			assertThat(event.data()).contains("\"change\":200", "\"perDay\":50.0", "\"percentChange\":5.26");
		}
	}

	@Test
	void aWriteThroughAnotherInstanceReachesThisInstancesClients() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		SecondInstance other = this.instances.shared();
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), null)) {
			new ClaimApi(other.client(this.http)).create(ClaimJson.podcastClaim(subject));
			assertThat(stream.await((e) -> isSeriesEventOf(e, subject), WITHIN)).isNotNull();
		}
	}

	@Test
	void aReconnectingClientGetsWhatItMissed() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi claims = new ClaimApi(this.http);
		String lastSeen;
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), null)) {
			claims.create(ClaimJson.podcastClaim(subject));
			lastSeen = stream.await((e) -> isSeriesEventOf(e, subject), WITHIN).id();
		}
		claims.create(ClaimJson.contactGroupClaim(subject));
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), lastSeen)) {
			Event missed = stream.await((e) -> isSeriesEventOf(e, subject), WITHIN);
			assertThat(missed).isNotNull();
			assertThat(Long.parseLong(missed.id())).isGreaterThan(Long.parseLong(lastSeen));
			assertThat(missed.data()).contains("\"claimCount\":2");
		}
	}

	@Test
	void aClientWhoseGapIsUnknownIsToldToRefetch() throws Exception {
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), "1")) {
			assertThat(stream.await((e) -> e.name().equals("refetch"), WITHIN)).isNotNull();
		}
	}

	@Test
	void aMalformedLastEventIdIsBadRequest() throws Exception {
		try (EventStreamClient stream = EventStreamClient.connect(streamUrl(baseUrl()), "yesterday")) {
			assertThat(stream.status()).isEqualTo(400);
		}
	}

}
