package org.casualtyclaims.series;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Simultaneously;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.with;

@ApiTest
class SeriesApiIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	ClaimApi claims() {
		return new ClaimApi(this.http);
	}

	@Test
	void aSeriesShowsItsSizeFirstDateNewestClaimAndLatestDelta() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		UUID newest = claims().create(ClaimJson.contactGroupClaim(subject));
		seriesOf(subject).expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].subject")
			.isEqualTo(subject)
			.jsonPath("$.content[0].category")
			.isEqualTo("casualties")
			.jsonPath("$.content[0].claimCount")
			.isEqualTo(2)
			.jsonPath("$.content[0].firstStatedOn")
			.isEqualTo("2025-01-05")
			.jsonPath("$.content[0].latest.id")
			.isEqualTo(newest.toString())
			.jsonPath("$.content[0].latest.figure")
			.isEqualTo(4000)
			.jsonPath("$.content[0].latestDelta.change")
			.isEqualTo(200)
			.jsonPath("$.content[0].latestDelta.perDay")
			.isEqualTo(50.0)
			.jsonPath("$.page.totalElements")
			.isEqualTo(1)
			.jsonPath("$.page.size")
			.isEqualTo(100);
	}

	@Test
	void aSingleClaimSeriesHasNoLatestDelta() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		seriesOf(subject).expectBody()
			.jsonPath("$.content[0].claimCount")
			.isEqualTo(1)
			.jsonPath("$.content[0].latestDelta")
			.isEqualTo(null);
	}

	@Test
	void aSeriesWhoseClaimsAreAllRetractedIsGone() {
		String subject = ClaimJson.uniqueSubject();
		UUID first = claims().create(ClaimJson.podcastClaim(subject));
		UUID second = claims().create(ClaimJson.contactGroupClaim(subject));
		claims().retract(second);
		seriesOf(subject).expectBody()
			.jsonPath("$.content[0].claimCount")
			.isEqualTo(1)
			.jsonPath("$.content[0].latest.id")
			.isEqualTo(first.toString())
			.jsonPath("$.content[0].latestDelta")
			.isEqualTo(null);
		claims().retract(first);
		seriesOf(subject).expectBody().jsonPath("$.content.length()").isEqualTo(0);
		this.http.get()
			.uri("/api/v1/subjects")
			.exchange()
			.expectBody()
			.jsonPath("$")
			.value((subjects) -> assertThat(((List<?>) subjects).contains(subject)).isFalse());
	}

	@Test
	void seriesOfOneSubjectAreOrderedByWhenTheyMovedThenCategory() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(with(ClaimJson.podcastClaim(subject), "category", "wounded"));
		claims().create(with(ClaimJson.podcastClaim(subject), "category", "killed"));
		claims().create(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-01"));
		this.http.get()
			.uri("/api/v1/series?subject={s}", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content[*].category")
			.isEqualTo(List.of("killed", "wounded", "casualties"));
		this.http.get()
			.uri("/api/v1/series?subject={s}&category=killed", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content[*].category")
			.isEqualTo(List.of("killed"));
	}

	@Test
	void subjectsListsEachSubjectInUseOnce() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(with(ClaimJson.podcastClaim(subject.toUpperCase()), "category", "killed"));
		this.http.get()
			.uri("/api/v1/subjects")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$")
			.value((subjects) -> assertThat(((List<?>) subjects).stream()
				.filter((s) -> SubjectKey.of((String) s).equals(SubjectKey.of(subject)))).hasSize(1));
	}

	@Test
	void badParametersAreProblems() {
		for (String query : new String[] { "/api/v1/series?category=dead", "/api/v1/series?size=0",
				"/api/v1/series?size=501", "/api/v1/series?page=-1", "/api/v1/series?page=x" }) {
			this.http.get()
				.uri(query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void concurrentWritesToOneSeriesAreAllCounted() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		int writers = 8;
		Simultaneously.call(writers, Duration.ofSeconds(30), (i) -> {
			String statedOn = "2025-01-" + String.format("%02d", i + 1);
			return claims().create(with(ClaimJson.podcastClaim(subject), "statedOn", statedOn));
		});
		seriesOf(subject).expectBody()
			.jsonPath("$.content[0].claimCount")
			.isEqualTo(writers)
			.jsonPath("$.content[0].firstStatedOn")
			.isEqualTo("2025-01-01")
			.jsonPath("$.content[0].latest.statedOn")
			.isEqualTo("2025-01-08")
			.jsonPath("$.content[0].latestDelta.from.statedOn")
			.isEqualTo("2025-01-07");
	}

	@Test
	void theRepairStatementRebuildsWhatTheWritesMaintained() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		UUID moved = claims().create(ClaimJson.contactGroupClaim(subject));
		claims().create(with(ClaimJson.podcastClaim(subject), "category", "killed"));
		UUID gone = claims().create(with(ClaimJson.podcastClaim(subject), "category", "missing"));
		claims().replace(moved, with(ClaimJson.contactGroupClaim(subject), "category", "wounded"));
		claims().retract(gone);
		List<Map<String, Object>> maintained = seriesRows(subject);
		Map<String, Object> totals = totals();
		this.jdbc.sql("select rebuild_series()").query().singleRow();
		assertThat(seriesRows(subject)).isEqualTo(maintained).hasSize(4);
		assertThat(totals()).isEqualTo(totals);
	}

	private List<Map<String, Object>> seriesRows(String subject) {
		return this.jdbc.sql("""
				select category, subject, claim_count, first_stated_on, latest_claim_id, latest_stated_on,
				       previous_claim_id from series where subject_key = :key order by category
				""").param("key", SubjectKey.of(subject).value()).query().listOfRows();
	}

	private Map<String, Object> totals() {
		return this.jdbc
			.sql("select count(*) filter (where claim_count > 0) as with_claims,"
					+ " count(*) filter (where claim_count >= 2) as with_deltas from series")
			.query()
			.singleRow();
	}

	private RestTestClient.ResponseSpec seriesOf(String subject) {
		return this.http.get().uri("/api/v1/series?subject={s}&category=casualties", subject).exchange();
	}

}
