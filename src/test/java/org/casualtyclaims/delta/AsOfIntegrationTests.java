package org.casualtyclaims.delta;

import java.time.Instant;
import java.util.UUID;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.with;

/**
 * {@code asOf=} on /claims, /series, /deltas and /deltas/latest over HTTP: the answer as
 * the data stood at the instant, rebuilt from the revision history, with the same
 * arithmetic as the current answer, and never from or into the response cache.
 */
@ApiTest
class AsOfIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	MeterRegistry meters;

	private ClaimApi claims() {
		return new ClaimApi(this.http);
	}

	private JsonNode get(String path, String subject, Instant asOf) {
		return Api.json(this.http.get().uri((uri) -> {
			uri.path(path).queryParam("subject", subject);
			if (asOf != null) {
				uri.queryParam("asOf", asOf.toString());
			}
			return uri.build();
		}).exchange().expectStatus().isOk());
	}

	private JsonNode deltas(String subject, Instant asOf) {
		return get("/api/v1/deltas", subject, asOf).get("content");
	}

	/** An instant strictly after every write so far and before every later one. */
	private static Instant between() throws InterruptedException {
		Thread.onSpinWait();
		Instant now = Instant.now();
		// PostgreSQL keeps microseconds: step past the one a write may have been rounded
		// to
		while (!Instant.now().isAfter(now.plusMillis(1))) {
			Thread.onSpinWait();
		}
		Instant between = Instant.now();
		while (!Instant.now().isAfter(between.plusMillis(1))) {
			Thread.onSpinWait();
		}
		return between;
	}

	@Test
	void theWorkedExampleBeforeTheSecondClaimHasNoDelta() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		UUID podcast = claims().create(ClaimJson.podcastClaim(subject));
		Instant beforeSecondClaim = between();
		UUID contactGroup = claims().create(ClaimJson.contactGroupClaim(subject));

		assertThat(deltas(subject, beforeSecondClaim)).isEmpty();
		JsonNode now = deltas(subject, null);
		assertThat(now).hasSize(1);
		assertThat(now.get(0).get("change").asLong()).isEqualTo(200);
		assertThat(now.get(0).get("days").asLong()).isEqualTo(4);
		assertThat(now.get(0).get("perDay").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(now.get(0).get("percentChange").decimalValue()).isEqualByComparingTo("5.26");

		// asked for a time after both, the as-of answer is the current one, byte for byte
		Instant afterBoth = between();
		assertThat(deltas(subject, afterBoth)).isEqualTo(now);

		JsonNode claimsThen = get("/api/v1/claims", subject, beforeSecondClaim).get("content");
		assertThat(claimsThen).hasSize(1);
		assertThat(claimsThen.get(0).get("id").asString()).isEqualTo(podcast.toString());
		assertThat(get("/api/v1/claims", subject, null).get("content")).hasSize(2);

		JsonNode seriesThen = get("/api/v1/series", subject, beforeSecondClaim).get("content");
		assertThat(seriesThen).hasSize(1);
		assertThat(seriesThen.get(0).get("claimCount").asInt()).isEqualTo(1);
		assertThat(seriesThen.get(0).get("latest").get("figure").asLong()).isEqualTo(3800);
		assertThat(seriesThen.get(0).get("latestDelta").isNull()).isTrue();
		JsonNode seriesNow = get("/api/v1/series", subject, null).get("content");
		assertThat(get("/api/v1/series", subject, afterBoth).get("content")).isEqualTo(seriesNow);
		assertThat(seriesNow.get(0).get("latest").get("id").asString()).isEqualTo(contactGroup.toString());

		assertThat(get("/api/v1/deltas/latest", subject, beforeSecondClaim).get("content")).isEmpty();
		JsonNode latestNow = get("/api/v1/deltas/latest", subject, null).get("content");
		assertThat(latestNow).hasSize(1);
		assertThat(get("/api/v1/deltas/latest", subject, afterBoth).get("content")).isEqualTo(latestNow);
	}

	@Test
	void correctionsAndRetractionsCountFromWhenTheyWereMade() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		Instant beforeAnything = between();
		UUID podcast = claims().create(ClaimJson.podcastClaim(subject));
		UUID contactGroup = claims().create(ClaimJson.contactGroupClaim(subject));
		Instant asFirstStated = between();
		claims().replace(contactGroup, with(ClaimJson.contactGroupClaim(subject), "figure", 4100));
		Instant corrected = between();
		claims().retract(podcast);

		assertThat(deltas(subject, beforeAnything)).isEmpty();
		assertThat(get("/api/v1/claims", subject, beforeAnything).get("content")).isEmpty();
		assertThat(deltas(subject, asFirstStated).get(0).get("change").asLong()).isEqualTo(200);
		assertThat(deltas(subject, corrected).get(0).get("change").asLong()).isEqualTo(300);
		assertThat(deltas(subject, null)).isEmpty();

		JsonNode correctedClaims = get("/api/v1/claims", subject, corrected).get("content");
		assertThat(correctedClaims).hasSize(2);
		JsonNode version2 = correctedClaims.get(0);
		assertThat(version2.get("figure").asLong()).isEqualTo(4100);
		assertThat(version2.get("version").asInt()).isEqualTo(2);
		// the retracted claim is out of the default listing now, and was active then
		assertThat(get("/api/v1/claims", subject, null).get("content")).hasSize(1);
		JsonNode everyStatus = Api.json(this.http.get()
			.uri("/api/v1/claims?subject={s}&status=retracted&asOf={t}", subject, corrected.toString())
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(everyStatus.get("content")).isEmpty();
	}

	@Test
	void asOfReadsAreNeitherServedFromNorKeptInTheResponseCache() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		Instant beforeSecondClaim = between();
		claims().create(ClaimJson.contactGroupClaim(subject));

		byte[] current = currentDeltas(subject);
		assertThat(currentDeltas(subject)).isEqualTo(current);
		double hits = cacheGets("hit");
		double misses = cacheGets("miss");

		for (int i = 0; i < 2; i++) {
			assertThat(deltas(subject, beforeSecondClaim)).isEmpty();
			assertThat(
					get("/api/v1/series", subject, beforeSecondClaim).get("content").get(0).get("claimCount").asInt())
				.isEqualTo(1);
			assertThat(get("/api/v1/deltas/latest", subject, beforeSecondClaim).get("content")).isEmpty();
			assertThat(get("/api/v1/claims", subject, beforeSecondClaim).get("content")).hasSize(1);
		}
		assertThat(cacheGets("hit")).isEqualTo(hits);
		assertThat(cacheGets("miss")).isEqualTo(misses);

		// the cached current answer is still there, untouched
		assertThat(currentDeltas(subject)).isEqualTo(current);
		assertThat(cacheGets("hit")).isEqualTo(hits + 1);
		assertThat(cacheGets("miss")).isEqualTo(misses);
	}

	private byte[] currentDeltas(String subject) {
		return this.http.get()
			.uri("/api/v1/deltas?subject={s}", subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
	}

	private double cacheGets(String result) {
		return this.meters.get("cache.gets").tags("cache", "responses", "result", result).functionCounter().count();
	}

	@Test
	void anInstantInTheFutureOrMalformedIsABadRequest() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		for (String path : new String[] { "/api/v1/claims", "/api/v1/series", "/api/v1/deltas",
				"/api/v1/deltas/latest" }) {
			for (String asOf : new String[] { Instant.now().plusSeconds(3600).toString(), "yesterday", "2025-01-07",
					"+99999-01-01T00:00:00Z" }) {
				this.http.get()
					.uri(path + "?subject={s}&asOf={t}", subject, asOf)
					.exchange()
					.expectStatus()
					.isBadRequest()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.expectBody()
					.jsonPath("$.status")
					.isEqualTo(400);
			}
		}
		this.http.get()
			.uri("/api/v1/deltas?subject={s}&format=csv&asOf={t}", subject, "2025-01-07T00:00:00Z")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
