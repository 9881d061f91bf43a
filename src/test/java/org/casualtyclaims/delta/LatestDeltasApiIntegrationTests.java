package org.casualtyclaims.delta;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.claim;
import static org.casualtyclaims.support.ClaimJson.with;

@ApiTest
class LatestDeltasApiIntegrationTests {

	@Autowired
	RestTestClient http;

	ClaimApi claims() {
		return new ClaimApi(this.http);
	}

	@Test
	void theNewestDeltaOfEachSeriesMostRecentlyMovedFirst() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(claim(subject, "wounded", 10, "2025-01-01", "A", "s"));
		claims().create(claim(subject, "wounded", 30, "2025-01-04", "A", "s"));
		claims().create(claim(subject, "killed", 1, "2025-01-01", "A", "s"));
		claims().create(claim(subject, "killed", 2, "2025-01-02", "A", "s"));
		claims().create(claim(subject, "killed", 5, "2025-01-04", "A", "s"));
		claims().create(claim(subject, "casualties", 100, "2025-01-01", "A", "s"));
		claims().create(claim(subject, "casualties", 150, "2025-01-06", "A", "s"));
		claims().create(claim(subject, "captured", 7, "2025-01-09", "A", "s"));
		latest(subject).expectStatus()
			.isOk()
			.expectBody()
			// same date: subject, then category decide; a single claim has no delta
			.jsonPath("$.content[*].category")
			.isEqualTo(List.of("casualties", "killed", "wounded"))
			.jsonPath("$.content[1].change")
			.isEqualTo(3)
			.jsonPath("$.content[1].from.statedOn")
			.isEqualTo("2025-01-02")
			.jsonPath("$.page.totalElements")
			.isEqualTo(3)
			.jsonPath("$.page.size")
			.isEqualTo(100)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalPages")
			.isEqualTo(1);
		this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}&size=1&page=1", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content[*].category")
			.isEqualTo(List.of("killed"))
			.jsonPath("$.page.totalPages")
			.isEqualTo(3);
		this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}&category=wounded", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content[0].change")
			.isEqualTo(20)
			.jsonPath("$.page.totalElements")
			.isEqualTo(1);
	}

	@Test
	void theUnfilteredPageIsOrderedAndCounted() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(with(ClaimJson.contactGroupClaim(subject), "statedOn", todayPlus(0)));
		RestTestClient.BodyContentSpec body = this.http.get()
			.uri("/api/v1/deltas/latest?size=500")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
		body.jsonPath("$.content[*].to.statedOn").value((dates) -> {
			@SuppressWarnings("unchecked")
			List<String> list = (List<String>) dates;
			assertThat(list).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		});
		body.jsonPath("$.content[0].to.statedOn").isEqualTo(todayPlus(0));
		body.jsonPath("$.page.totalElements").value((total) -> assertThat(((Number) total).longValue()).isPositive());
	}

	@Test
	void sendsAStrongETagAndAnswersAMatchingIfNoneMatchWith304() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(ClaimJson.contactGroupClaim(subject));
		String tag = latest(subject).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-cache")
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(tag).startsWith("\"").endsWith("\"");
		this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}", subject)
			.header("If-None-Match", tag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_MODIFIED)
			.expectHeader()
			.valueEquals("ETag", tag)
			.expectHeader()
			.valueEquals("Cache-Control", "no-cache")
			.expectBody()
			.isEmpty();
		this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}", subject)
			.header("If-None-Match", "\"other\", W/" + tag)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.NOT_MODIFIED);
		// another query is another representation, with a tag of its own
		String otherQuery = this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}&size=5", subject)
			.header("If-None-Match", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		assertThat(otherQuery).isNotEqualTo(tag);
	}

	@Test
	void everyKindOfWriteChangesTheETagAtOnce() {
		String subject = ClaimJson.uniqueSubject();
		String watched = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(watched));
		claims().create(ClaimJson.contactGroupClaim(watched));
		String before = tagOf(watched);

		// a write anywhere changes the tag, even where this page's content is not touched
		UUID id = claims().create(ClaimJson.podcastClaim(subject));
		String afterCreate = stillModified(watched, before);
		claims().replace(id, with(ClaimJson.podcastClaim(subject), "figure", 3900));
		String afterReplace = stillModified(watched, afterCreate);
		claims().retract(id);
		String afterRetract = stillModified(watched, afterReplace);
		assertThat(List.of(before, afterCreate, afterReplace, afterRetract)).doesNotHaveDuplicates();
	}

	private String stillModified(String subject, String previousTag) {
		return this.http.get()
			.uri("/api/v1/deltas/latest?subject={s}", subject)
			.header("If-None-Match", previousTag)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
	}

	private String tagOf(String subject) {
		return latest(subject).returnResult(String.class).getResponseHeaders().getETag();
	}

	private RestTestClient.ResponseSpec latest(String subject) {
		return this.http.get().uri("/api/v1/deltas/latest?subject={s}", subject).exchange();
	}

	private static String todayPlus(int days) {
		return java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(days).toString();
	}

}
