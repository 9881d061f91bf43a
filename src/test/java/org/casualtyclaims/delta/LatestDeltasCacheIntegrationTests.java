package org.casualtyclaims.delta;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.with;

/**
 * The cached feed over HTTP, as a dashboard without a key sees it (answered by the cache
 * filter once cached): gzip, 304 on either tag, and never stale after a write here, a
 * write through another instance, or a lost change notification.
 */
@ApiTest
class LatestDeltasCacheIntegrationTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Autowired
	SecondInstances instances;

	@Autowired
	JdbcTemplate jdbc;

	private HttpResponse<byte[]> getFrom(String baseUrl, String subject, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create(
					baseUrl + "/api/v1/deltas/latest?subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<byte[]> get(String subject, String... headers) throws IOException, InterruptedException {
		return getFrom("http://127.0.0.1:" + this.port, subject, headers);
	}

	private String body(String subject) throws IOException, InterruptedException {
		return new String(get(subject).body(), StandardCharsets.UTF_8);
	}

	private String seriesWithDelta(ClaimApi claims) {
		String subject = ClaimJson.uniqueSubject();
		claims.create(ClaimJson.podcastClaim(subject));
		claims.create(ClaimJson.contactGroupClaim(subject));
		return subject;
	}

	@Test
	void aRepeatedPollGetsTheSameBytesAndHeaders() throws Exception {
		String subject = seriesWithDelta(new ClaimApi(this.http));
		HttpResponse<byte[]> first = get(subject);
		HttpResponse<byte[]> second = get(subject);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		for (String header : new String[] { "etag", "cache-control", "content-type", "x-content-type-options",
				"x-frame-options" }) {
			assertThat(second.headers().allValues(header)).as(header).isEqualTo(first.headers().allValues(header));
		}
		assertThat(second.headers().allValues("vary"))
			.containsExactlyInAnyOrderElementsOf(first.headers().allValues("vary"));
		assertThat(new String(second.body(), StandardCharsets.UTF_8)).contains("\"change\":200");
	}

	@Test
	void gzipIsTheSameBodyCompressedWithATagOfItsOwn() throws Exception {
		String subject = seriesWithDelta(new ClaimApi(this.http));
		HttpResponse<byte[]> identity = get(subject);
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> gzipped = get(subject, "Accept-Encoding", "gzip, deflate");
			assertThat(gzipped.statusCode()).isEqualTo(200);
			assertThat(gzipped.headers().firstValue("content-encoding")).hasValue("gzip");
			assertThat(gzipped.headers().allValues("vary")).contains("Accept-Encoding");
			assertThat(identity.headers().allValues("vary")).contains("Accept-Encoding");
			assertThat(gunzip(gzipped.body())).isEqualTo(identity.body());
			String gzipTag = gzipped.headers().firstValue("etag").orElseThrow();
			String identityTag = identity.headers().firstValue("etag").orElseThrow();
			assertThat(gzipTag).isNotEqualTo(identityTag).startsWith("\"").endsWith("\"");
			// either tag names the same data
			assertThat(get(subject, "If-None-Match", gzipTag).statusCode()).isEqualTo(304);
			assertThat(get(subject, "If-None-Match", identityTag, "Accept-Encoding", "gzip").statusCode())
				.isEqualTo(304);
		}
		assertThat(get(subject, "Accept-Encoding", "gzip;q=0").headers().firstValue("content-encoding")).isEmpty();
	}

	@Test
	void aWriteHereIsSeenByTheNextPoll() throws Exception {
		ClaimApi claims = new ClaimApi(this.http);
		String subject = seriesWithDelta(claims);
		HttpResponse<byte[]> before = get(subject);
		String tag = before.headers().firstValue("etag").orElseThrow();
		assertThat(get(subject, "If-None-Match", tag).statusCode()).isEqualTo(304);

		UUID id = claims.create(with(ClaimJson.contactGroupClaim(subject), "statedOn", "2025-01-20"));
		HttpResponse<byte[]> afterCreate = get(subject, "If-None-Match", tag);
		assertThat(afterCreate.statusCode()).isEqualTo(200);
		assertThat(new String(afterCreate.body(), StandardCharsets.UTF_8)).contains("2025-01-20");

		claims.replace(id, with(ClaimJson.contactGroupClaim(subject), "statedOn", "2025-01-21"));
		assertThat(body(subject)).contains("2025-01-21").doesNotContain("2025-01-20");
		claims.retract(id);
		assertThat(body(subject)).doesNotContain("2025-01-21").contains("\"change\":200");
	}

	@Test
	void aWriteThroughAnotherInstanceIsSeenHereBeforeTheBackstopCouldAct() throws Exception {
		SecondInstance other = this.instances.shared();
		ClaimApi claims = new ClaimApi(other.client(this.http));
		String subject = seriesWithDelta(claims);
		// both instances cache the page
		assertThat(body(subject)).contains("\"change\":200");
		assertThat(new String(getFrom(other.baseUrl(), subject).body(), StandardCharsets.UTF_8))
			.contains("\"change\":200");

		long postsThere = postsOfClaims(other);
		claims.create(with(ClaimJson.contactGroupClaim(subject), "figure", 4500));
		// the write went there (a client that silently wrote here once made this test
		// race the notification), and there it is seen at once
		// (a request is timed as its response goes out: wait for the count)
		assertThat(Polling.within(Duration.ofSeconds(5), () -> postsOfClaims(other) == postsThere + 1)).isTrue();
		assertThat(new String(getFrom(other.baseUrl(), subject).body(), StandardCharsets.UTF_8))
			.contains("\"change\":500");
		// milliseconds as a rule; the ceiling stays under the 2 s after which the
		// missed-change
		// backstop could drop the cache instead, so only the notification can pass this
		assertThat(awaitBodyContaining(subject, "\"change\":500", Duration.ofMillis(1500))).isTrue();
	}

	private static long postsOfClaims(SecondInstance instance) {
		io.micrometer.core.instrument.Timer posts = instance.bean(io.micrometer.core.instrument.MeterRegistry.class)
			.find("http.server.requests")
			.tag("method", "POST")
			.tag("uri", "/api/v1/claims")
			.timer();
		return (posts != null) ? posts.count() : 0;
	}

	@Test
	void afterTheListenerLostItsConnectionNothingStaleIsServed() throws Exception {
		SecondInstance other = this.instances.shared();
		ClaimApi claims = new ClaimApi(other.client(this.http));
		String subject = seriesWithDelta(claims);
		assertThat(body(subject)).contains("\"change\":200");
		// every listener of this database goes, so this write's notification may be
		// lost
		int terminated = this.jdbc.queryForObject(
				"select count(pg_terminate_backend(pid)) from pg_stat_activity"
						+ " where application_name = 'casualty-claims-listener' and datname = current_database()",
				Integer.class);
		assertThat(terminated).isPositive();
		claims.create(with(ClaimJson.contactGroupClaim(subject), "figure", 4700));
		assertThat(awaitBodyContaining(subject, "\"change\":700", Duration.ofSeconds(10))).isTrue();
	}

	private boolean awaitBodyContaining(String subject, String text, Duration within) throws Exception {
		return Polling.await(within, () -> body(subject).contains(text) ? text : null) != null;
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}

}
