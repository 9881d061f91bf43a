package org.casualtyclaims.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.stream.EventStreamHub;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.EventStreamClient;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus scrapes: the domain gauges, the service's own meters, HTTP and the
 * pool, behind a key; and the Grafana dashboard asks only for metrics that exist.
 */
@org.casualtyclaims.support.ApiTest
class MetricsIntegrationTests {

	private static final Duration WITHIN = Duration.ofSeconds(5);

	@Autowired
	RestTestClient http;

	@Autowired
	DomainGauges domainGauges;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventStreamHub hub;

	@LocalServerPort
	int port;

	private Scrape scrape() {
		byte[] body = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new Scrape(new String(body, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void scrapingNeedsAKeyEvenWithPublicReads() {
		TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		TestKeys.withoutDefaultKey(this.http).get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	@Test
	void domainGaugesMatchTheDatabaseAfterARefresh() {
		ClaimApi claims = new ClaimApi(this.http);
		String subject = ClaimJson.uniqueSubject();
		claims.create(ClaimJson.podcastClaim(subject));
		claims.retract(claims.create(ClaimJson.contactGroupClaim(subject)));
		this.domainGauges.refresh();

		Scrape scrape = scrape();
		assertThat(scrape.value("claims_stored", "status", "active"))
			.isEqualTo(count("select count(*) from claims where status = 'active'"))
			.isPositive();
		assertThat(scrape.value("claims_stored", "status", "retracted"))
			.isEqualTo(count("select count(*) from claims where status = 'retracted'"))
			.isPositive();
		assertThat(scrape.value("claims_series"))
			.isEqualTo(count("select count(distinct (subject_key, category)) from claims where status = 'active'"));
		assertThat(scrape.value("claims_series_with_delta")).isEqualTo(count(
				"select count(*) from (select 1 from claims where status = 'active' group by subject_key, category having count(*) >= 2) s"));
		assertThat(scrape.value("claims_created_last_day")).isEqualTo(count("select count(*) from claims"));
		assertThat(scrape.value("claims_domain_refreshed_seconds")).isCloseTo(System.currentTimeMillis() / 1000.0,
				org.assertj.core.data.Offset.offset(60.0));
	}

	@Test
	void aScrapeDoesNotReadTheDatabaseForTheDomainGauges() {
		this.domainGauges.refresh();
		double before = scrape().value("claims_stored", "status", "active");
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		assertThat(scrape().value("claims_stored", "status", "active")).isEqualTo(before);
		this.domainGauges.refresh();
		assertThat(scrape().value("claims_stored", "status", "active")).isEqualTo(before + 1);
	}

	@Test
	void responseCacheHitsAndMissesAreCounted() {
		String page = "/api/v1/deltas/latest?size=3&subject=" + ClaimJson.uniqueSubject();
		RestTestClient anonymous = TestKeys.withoutDefaultKey(this.http);
		Scrape before = scrape();
		anonymous.get().uri(page).exchange().expectStatus().isOk();
		// answered by the cache: once from the filter ahead of MVC, once with a key
		anonymous.get().uri(page).exchange().expectStatus().isOk();
		this.http.get().uri(page).exchange().expectStatus().isOk();
		Scrape after = scrape();
		assertThat(after.value("cache_gets_total", "cache", "responses", "result", "miss"))
			.isEqualTo(before.value("cache_gets_total", "cache", "responses", "result", "miss") + 1);
		assertThat(after.value("cache_gets_total", "cache", "responses", "result", "hit"))
			.isEqualTo(before.value("cache_gets_total", "cache", "responses", "result", "hit") + 2);
		// the hit answered ahead of MVC is timed under its path like the others
		assertThat(after.value("http_server_requests_seconds_count", "uri", "/api/v1/deltas/latest", "status", "200"))
			.isGreaterThanOrEqualTo(3);
		assertThat(
				after.value("http_server_requests_seconds_count", java.util.Map.of("uri", "UNKNOWN", "status", "200")))
			.isEmpty();
	}

	@Test
	void aWritesNotificationLagIsRecorded() throws InterruptedException {
		double before = scrape().value("claims_changes_notification_lag_seconds_count");
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		assertThat(
				Polling.within(WITHIN, () -> scrape().value("claims_changes_notification_lag_seconds_count") > before))
			.isTrue();
		assertThat(scrape().value("claims_changes_notification_lag_seconds_max")).isBetween(0.0, 5.0);
	}

	@Test
	void openStreamsAreCounted() throws Exception {
		try (EventStreamClient stream = EventStreamClient
			.connect("http://127.0.0.1:" + this.port + "/api/v1/deltas/stream", null)) {
			assertThat(stream.status()).isEqualTo(200);
			Scrape scrape = scrape();
			assertThat(scrape.value("claims_streams_subscribers")).isEqualTo(this.hub.subscriberCount())
				.isGreaterThanOrEqualTo(1);
			assertThat(scrape.value("claims_streams_open")).isGreaterThanOrEqualTo(1);
		}
	}

	@Test
	void httpPoolAndRateLimitMetricsAreThere() {
		// a request is counted once it is answered: this one, not the scrape running
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
		Scrape scrape = scrape();
		assertThat(scrape.value("http_server_requests_seconds_count", "uri", "/actuator/prometheus")).isPositive();
		assertThat(scrape.has("http_server_requests_seconds_bucket")).isTrue();
		assertThat(scrape.has("hikaricp_connections_active")).isTrue();
		assertThat(scrape.has("hikaricp_connections_pending")).isTrue();
		for (String kind : new String[] { "write_per_key", "read_per_key", "read_per_address",
				"cached_read_per_address" }) {
			assertThat(scrape.value("claims_ratelimit_refused_total", "kind", kind)).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void theGrafanaDashboardAsksOnlyForMetricsTheServiceHas() throws IOException {
		// a stream and a write first, so that every meter has samples
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()));
		this.http.get().uri("/api/v1/deltas/latest").exchange().expectStatus().isOk();
		String dashboard = Files.readString(Path.of("ops/grafana/dashboards/casualty-claims.json"));
		Set<String> metrics = new TreeSet<>();
		Matcher names = Pattern.compile("\\b((?:claims|http_server|hikaricp|cache|jvm|process)_[a-z0-9_]+)\\b")
			.matcher(dashboard);
		while (names.find()) {
			metrics.add(names.group(1));
		}
		assertThat(metrics).hasSizeGreaterThan(10);
		Scrape scrape = scrape();
		assertThat(metrics).allSatisfy((metric) -> assertThat(scrape.has(metric)).as(metric).isTrue());
	}

	private double count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
