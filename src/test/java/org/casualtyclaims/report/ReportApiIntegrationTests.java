package org.casualtyclaims.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ReportApiIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void postsTheWorkedExampleWithEveryClaimCarryingTheReportId() {
		String subject = ClaimJson.uniqueSubject();
		var response = Api.post(this.http, "/api/v1/reports", ReportJson.workedExample(subject))
			.expectStatus()
			.isCreated()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		JsonNode report = Api.json(response);
		String id = report.get("id").asString();
		assertThat(response.returnResult().getResponseHeaders().getLocation()).hasToString("/api/v1/reports/" + id);
		assertThat(report.get("outlet").asString()).isEqualTo("Interfax-Ukraine");
		assertThat(report.get("publishedOn").asString()).isEqualTo("2025-01-10");
		assertThat(report.get("createdBy").asString()).isEqualTo(TestKeys.DEFAULT_KEY_NAME);
		JsonNode claims = report.get("claims");
		assertThat(claims).hasSize(3);
		assertThat(claims.valueStream().map((c) -> c.get("figure").asLong())).containsExactly(3800L, 4000L, 12000L);
		assertThat(claims.valueStream().map((c) -> c.get("reportId").asString())).containsOnly(id);
		assertThat(claims.valueStream().map((c) -> c.get("version").asInt())).containsOnly(1);
		assertThat(claims.get(2).get("category").asString()).isEqualTo("deployed");

		JsonNode stored = Api.allClaimsOf(this.http, subject);
		assertThat(stored.get("page").get("totalElements").asLong()).isEqualTo(3);
		assertThat(stored.get("content").valueStream().map((c) -> c.get("reportId").asString())).containsOnly(id);
	}

	@Test
	void readsAReportBackWithItsClaims() {
		String subject = ClaimJson.uniqueSubject();
		JsonNode posted = Api
			.json(Api.post(this.http, "/api/v1/reports", ReportJson.workedExample(subject)).expectStatus().isCreated());
		JsonNode read = Api.json(this.http.get()
			.uri("/api/v1/reports/{id}", posted.get("id").asString())
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(read.get("title")).isEqualTo(posted.get("title"));
		assertThat(read.get("text")).isEqualTo(posted.get("text"));
		assertThat(read.get("claims").valueStream().map((c) -> c.get("id").asString()))
			.containsExactlyInAnyOrderElementsOf(
					posted.get("claims").valueStream().map((c) -> c.get("id").asString()).toList());
	}

	@Test
	void oneInvalidClaimAmongManyStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		String title = "All or nothing " + UUID.randomUUID();
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			claims.add(ClaimJson.claim(subject, "killed", 100 + i, "2025-01-0" + (1 + i % 9), "Speaker", "Source"));
		}
		claims.set(7, ClaimJson.with(claims.get(7), "figure", -5));
		Api.post(this.http, "/api/v1/reports", ReportJson.report(title, claims))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("claims[7].figure")
			.jsonPath("$.errors.length()")
			.isEqualTo(1);

		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isZero();
		assertThat(reportTitles()).doesNotContain(title);
	}

	@Test
	void namesEveryInvalidFieldOfEveryClaim() {
		String subject = ClaimJson.uniqueSubject();
		List<Map<String, Object>> claims = List.of(ClaimJson.podcastClaim(subject),
				ClaimJson.with(ClaimJson.podcastClaim(subject), "statedOn", "2999-01-01"),
				ClaimJson.with(ClaimJson.with(ClaimJson.podcastClaim(subject), "figureLow", 5000), "speaker", " "));
		assertThat(Api.errorFields(Api.post(this.http, "/api/v1/reports", ReportJson.report("Bad claims", claims))
			.expectStatus()
			.isBadRequest()))
			.containsExactlyInAnyOrder("claims[1].statedOn", "claims[2].figureLow", "claims[2].speaker");
	}

	@Test
	void refusesAReportWithoutClaimsOrRequiredFields() {
		Map<String, Object> report = ReportJson.report(" ", List.of());
		report.remove("outlet");
		report.put("publishedOn", "2999-12-31");
		report.put("url", "ftp://example.org/report");
		assertThat(Api.errorFields(Api.post(this.http, "/api/v1/reports", report).expectStatus().isBadRequest()))
			.containsExactlyInAnyOrder("title", "outlet", "publishedOn", "url", "claims");
	}

	@Test
	void refusesMoreThan500Claims() {
		String subject = ClaimJson.uniqueSubject();
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < 501; i++) {
			claims.add(ClaimJson.podcastClaim(subject));
		}
		Api.post(this.http, "/api/v1/reports", ReportJson.report("Too many", claims))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("claims");
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isZero();
	}

	@Test
	void aHugeNumberOfEmptyClaimsIsOneSmallError() {
		String claims = String.join(",", java.util.Collections.nCopies(100_000, "{}"));
		String report = "{\"title\":\"Empty claims\",\"outlet\":\"o\",\"publishedOn\":\"2025-01-10\",\"claims\":["
				+ claims + "]}";
		var response = Api.post(this.http, "/api/v1/reports", report).expectStatus().isBadRequest();
		byte[] body = response.returnResult().getResponseBodyContent();
		assertThat(Api.errorFields(response)).containsExactly("claims");
		assertThat(body.length).isLessThan(2048);
	}

	@Test
	void errorsStopAtOneHundredAndCountTheRest() {
		String claims = String.join(",", java.util.Collections.nCopies(500, "{}"));
		String report = "{\"title\":\"Empty claims\",\"outlet\":\"o\",\"publishedOn\":\"2025-01-10\",\"claims\":["
				+ claims + "]}";
		JsonNode problem = Api.json(Api.post(this.http, "/api/v1/reports", report).expectStatus().isBadRequest());
		// six required fields in each of 500 claims
		assertThat(problem.get("errors")).hasSize(100);
		assertThat(problem.get("errorsOmitted").asInt()).isEqualTo(2900);
		assertThat(problem.get("errors").get(0).get("field").asString()).startsWith("claims[");
	}

	@Test
	void acceptsAReportOverOneMebibyteAndRefusesOneOverEight() {
		String subject = ClaimJson.uniqueSubject();
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			claims.add(ClaimJson.with(ClaimJson.podcastClaim(subject), "quote", "q".repeat(5000)));
		}
		Map<String, Object> large = ReportJson.report("Large " + UUID.randomUUID(), claims);
		large.put("text", "t".repeat(200_000));
		// about 1.7 MB: over the claims limit, well under the reports limit
		Api.post(this.http, "/api/v1/reports", large).expectStatus().isCreated();
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(300);

		String tooLarge = "{\"title\":\"" + "x".repeat(8 * 1024 * 1024) + "\"}";
		Api.post(this.http, "/api/v1/reports", tooLarge)
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/payload-too-large");
	}

	@Test
	void refusesAClaimOverOneMebibyte() {
		Map<String, Object> claim = ClaimJson.with(ClaimJson.podcastClaim(ClaimJson.uniqueSubject()), "quote",
				"q".repeat(1024 * 1024));
		Api.post(this.http, "/api/v1/claims", claim)
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void listsReportsNewestPublicationFirst() {
		String subject = ClaimJson.uniqueSubject();
		String older = "Older " + UUID.randomUUID();
		String newer = "Newer " + UUID.randomUUID();
		Map<String, Object> olderReport = ReportJson.report(older, List.of(ClaimJson.podcastClaim(subject)));
		olderReport.put("publishedOn", "2025-01-06");
		Map<String, Object> newerReport = ReportJson.report(newer,
				List.of(ClaimJson.podcastClaim(subject), ClaimJson.contactGroupClaim(subject)));
		newerReport.put("publishedOn", "2025-01-11");
		Api.post(this.http, "/api/v1/reports", newerReport).expectStatus().isCreated();
		Api.post(this.http, "/api/v1/reports", olderReport).expectStatus().isCreated();

		JsonNode page = Api.json(this.http.get().uri("/api/v1/reports?size=500").exchange().expectStatus().isOk());
		List<JsonNode> content = page.get("content").valueStream().toList();
		List<String> dates = content.stream().map((r) -> r.get("publishedOn").asString()).toList();
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		List<String> titles = content.stream().map((r) -> r.get("title").asString()).toList();
		assertThat(titles.indexOf(newer)).isNotNegative().isLessThan(titles.indexOf(older));
		JsonNode newerSummary = content.get(titles.indexOf(newer));
		assertThat(newerSummary.get("claimCount").asLong()).isEqualTo(2);
		assertThat(newerSummary.has("text")).isFalse();
		assertThat(page.get("page").get("size").asInt()).isEqualTo(500);
	}

	@Test
	void pagesAreCheckedAndUnknownReportsAre404() {
		this.http.get().uri("/api/v1/reports?size=501").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/reports?page=-1").exchange().expectStatus().isBadRequest();
		this.http.get()
			.uri("/api/v1/reports/{id}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get().uri("/api/v1/reports/not-a-uuid").exchange().expectStatus().isBadRequest();
	}

	private List<String> reportTitles() {
		JsonNode page = Api.json(this.http.get().uri("/api/v1/reports?size=500").exchange().expectStatus().isOk());
		return page.get("content").valueStream().map((r) -> r.get("title").asString()).toList();
	}

}
