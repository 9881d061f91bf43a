package org.casualtyclaims.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ReportJson;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.claim;
import static org.casualtyclaims.support.ClaimJson.contactGroupClaim;
import static org.casualtyclaims.support.ClaimJson.podcastClaim;
import static org.casualtyclaims.support.ClaimJson.uniqueSubject;
import static org.casualtyclaims.support.ClaimJson.with;

/**
 * Which writes raise which alerts. The outbox row is written in the claim's own
 * transaction, so the delivery log is complete when the write answers: these tests read
 * it and wait for nothing. The targets are never reached (port 9 on loopback).
 */
@ApiTest
class AlertMatchingIntegrationTests {

	private static final String NOWHERE = "http://127.0.0.1:9/hook";

	@Autowired
	RestTestClient http;

	@Test
	void perDayFiresOnlyAboveItsThreshold() {
		String subject = uniqueSubject();
		String over40 = id(Subscriptions.create(this.http, Subscriptions.on(subject, "perDay", 40, NOWHERE)));
		String over50 = id(Subscriptions.create(this.http, Subscriptions.on(subject, "perDay", 50, NOWHERE)));
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(podcastClaim(subject));
		UUID second = claims.create(contactGroupClaim(subject));
		// the worked example: +200 in 4 days is 50.0 a day, over 40 and not over 50
		JsonNode log = Subscriptions.deliveries(this.http, over40);
		assertThat(log.get("page").get("totalElements").asLong()).isOne();
		JsonNode alert = log.get("content").get(0);
		assertThat(alert.get("eventType").asString()).isEqualTo("alert.perDay");
		assertThat(alert.get("claimId").asString()).isEqualTo(second.toString());
		JsonNode delta = alert.get("payload").get("delta");
		assertThat(delta.get("perDay").asDouble()).isEqualTo(50.0);
		assertThat(delta.get("percentChange").asDouble()).isEqualTo(5.26);
		assertThat(delta.get("change").asLong()).isEqualTo(200);
		assertThat(Subscriptions.alertCount(this.http, over50)).isZero();
	}

	@Test
	void nonMatchingClaimsRaiseNothing() {
		String subject = uniqueSubject();
		String perDay = id(
				Subscriptions.create(this.http, casualties(Subscriptions.on(subject, "perDay", 100, NOWHERE))));
		String percent = id(
				Subscriptions.create(this.http, casualties(Subscriptions.on(subject, "percentChange", 10, NOWHERE))));
		String decrease = id(
				Subscriptions.create(this.http, casualties(Subscriptions.on(subject, "decrease", null, NOWHERE))));
		ClaimApi claims = new ClaimApi(this.http);
		// other series: another subject, and a falling other category of this subject
		claims.create(podcastClaim(uniqueSubject()));
		claims.create(claim(subject, "deployed", 12000, "2025-01-05", "US intelligence", "Interfax-Ukraine"));
		claims.create(claim(subject, "deployed", 1000, "2025-01-09", "US intelligence", "Interfax-Ukraine"));
		// this series: a first claim (no delta), then +200 in 4 days: 50/day, 5.26 %
		claims.create(podcastClaim(subject));
		claims.create(contactGroupClaim(subject));
		for (String subscription : List.of(perDay, percent, decrease)) {
			assertThat(Subscriptions.alertCount(this.http, subscription)).as(subscription).isZero();
		}
	}

	@Test
	void aDecreaseAndNewClaimsFireFromAReportOneAlertPerClaim() {
		String subject = uniqueSubject();
		String decrease = id(Subscriptions.create(this.http, Subscriptions.on(subject, "decrease", null, NOWHERE)));
		String newClaim = id(Subscriptions.create(this.http, Subscriptions.on(subject, "newClaim", null, NOWHERE)));
		Map<String, Object> report = ReportJson.report("Falling figures",
				List.of(claim(subject, "killed", 500, "2025-01-01", "A", "S"),
						claim(subject, "killed", 400, "2025-01-02", "A", "S"),
						claim(subject, "killed", 450, "2025-01-03", "A", "S"),
						claim(subject, "killed", 300, "2025-01-04", "A", "S")));
		Api.post(this.http, "/api/v1/reports", report).expectStatus().isCreated();
		assertThat(Subscriptions.alertCount(this.http, newClaim)).isEqualTo(4);
		// within one report each claim is compared with the one before it: 500→400,
		// 450→300
		JsonNode log = Subscriptions.deliveries(this.http, decrease);
		assertThat(log.get("page").get("totalElements").asLong()).isEqualTo(2);
		assertThat(log.get("content")
			.valueStream()
			.map((a) -> a.get("payload").get("delta").get("change").asLong())
			.sorted()
			.toList()).containsExactly(-150L, -100L);
	}

	@Test
	void aRetractionComparesTheClaimsAroundIt() {
		String subject = uniqueSubject();
		String percent = id(Subscriptions.create(this.http, Subscriptions.on(subject, "percentChange", 50, NOWHERE)));
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(claim(subject, "killed", 100, "2025-01-01", "A", "S"));
		UUID middle = claims.create(claim(subject, "killed", 140, "2025-01-02", "A", "S"));
		claims.create(claim(subject, "killed", 180, "2025-01-03", "A", "S"));
		assertThat(Subscriptions.alertCount(this.http, percent)).isZero();
		// without the middle claim: 100 → 180 is +80 %
		claims.retract(middle);
		JsonNode alert = Subscriptions.deliveries(this.http, percent).get("content").get(0);
		assertThat(alert.get("payload").get("trigger").asString()).isEqualTo("retracted");
		assertThat(alert.get("payload").get("delta").get("percentChange").asDouble()).isEqualTo(80.0);
	}

	@Test
	void aCorrectionIsComparedWithTheClaimBeforeIt() {
		String subject = uniqueSubject();
		String perDay = id(Subscriptions.create(this.http, Subscriptions.on(subject, "perDay", 100, NOWHERE)));
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(podcastClaim(subject));
		UUID second = claims.create(contactGroupClaim(subject));
		assertThat(Subscriptions.alertCount(this.http, perDay)).isZero();
		claims.replace(second, with(contactGroupClaim(subject), "figure", 5000));
		JsonNode alert = Subscriptions.deliveries(this.http, perDay).get("content").get(0);
		assertThat(alert.get("payload").get("trigger").asString()).isEqualTo("replaced");
		assertThat(alert.get("payload").get("delta").get("perDay").asDouble()).isEqualTo(300.0);
	}

	@Test
	void aSpeakerFilterComparesThatSpeakersClaimsOnly() {
		String subject = uniqueSubject();
		Map<String, Object> body = Subscriptions.on(subject, "decrease", null, NOWHERE);
		body.put("speaker", "ukrainian general staff");
		String decrease = id(Subscriptions.create(this.http, body));
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(claim(subject, "killed", 1000, "2025-01-01", "Ukrainian General Staff", "S"));
		claims.create(claim(subject, "killed", 10, "2025-01-02", "Someone else", "S"));
		claims.create(claim(subject, "killed", 1200, "2025-01-03", "Ukrainian General Staff", "S"));
		// across speakers 1000 → 10 fell, but the General Staff's own figures only rose
		assertThat(Subscriptions.alertCount(this.http, decrease)).isZero();
		claims.create(claim(subject, "killed", 1100, "2025-01-04", "Ukrainian General Staff", "S"));
		assertThat(Subscriptions.alertCount(this.http, decrease)).isOne();
	}

	@Test
	void aDeactivatedSubscriptionRaisesNothingAndStaysReadable() {
		String subject = uniqueSubject();
		String newClaim = id(Subscriptions.create(this.http, Subscriptions.on(subject, "newClaim", null, NOWHERE)));
		new ClaimApi(this.http).create(podcastClaim(subject));
		this.http.delete().uri("/api/v1/subscriptions/{id}", newClaim).exchange().expectStatus().isNoContent();
		this.http.delete().uri("/api/v1/subscriptions/{id}", newClaim).exchange().expectStatus().isNoContent();
		new ClaimApi(this.http).create(contactGroupClaim(subject));
		assertThat(Subscriptions.alertCount(this.http, newClaim)).isOne();
		JsonNode read = Api
			.json(this.http.get().uri("/api/v1/subscriptions/{id}", newClaim).exchange().expectStatus().isOk());
		assertThat(read.get("active").asBoolean()).isFalse();
		assertThat(read.get("deactivatedBy").asString()).isNotBlank();
	}

	private static Map<String, Object> casualties(Map<String, Object> subscription) {
		subscription.put("category", "casualties");
		return subscription;
	}

	private static String id(JsonNode subscription) {
		return subscription.get("id").asString();
	}

}
