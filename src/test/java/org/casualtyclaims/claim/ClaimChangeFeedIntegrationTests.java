package org.casualtyclaims.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/claims/changes: the feed a mirror syncs from, which never skips a change.
 */
@ApiTest
class ClaimChangeFeedIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Autowired
	RestTestClient http;

	@Autowired
	DataSource dataSource;

	@Test
	void deliversCreationsReplacementsAndRetractionsInOrderOfCommit() {
		ClaimApi api = new ClaimApi(this.http);
		String cursor = drain(null).cursor();
		String subject = ClaimJson.uniqueSubject();
		UUID podcast = api.create(ClaimJson.podcastClaim(subject));
		UUID contactGroup = api.create(ClaimJson.contactGroupClaim(subject));
		api.retract(podcast);

		Drained changes = drain(cursor);

		assertThat(changes.ids()).containsExactly(contactGroup.toString(), podcast.toString());
		assertThat(changes.claims().get(1)).containsEntry("status", "retracted");
	}

	@Test
	void pagesFollowTheCursorWithoutOverlap() {
		ClaimApi api = new ClaimApi(this.http);
		String cursor = drain(null).cursor();
		String subject = ClaimJson.uniqueSubject();
		List<String> created = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			created
				.add(api.create(ClaimJson.claim(subject, "killed", day * 10, "2025-01-0" + day, "A", "B")).toString());
		}

		Map<String, Object> first = page(cursor, 2);
		Map<String, Object> second = page((String) first.get("next"), 2);
		Map<String, Object> third = page((String) second.get("next"), 2);

		assertThat(first).containsEntry("hasMore", true);
		assertThat(third).containsEntry("hasMore", false);
		List<String> seen = new ArrayList<>();
		for (Map<String, Object> each : List.of(first, second, third)) {
			seen.addAll(ids(each));
		}
		assertThat(seen).containsExactlyElementsOf(created);
		assertThat(page((String) third.get("next"), 2)).containsEntry("next", third.get("next"))
			.containsEntry("hasMore", false);
	}

	@Test
	void aChangeThatCommitsLateIsDeliveredAfterTheCursorPassedLaterOnes() throws Exception {
		ClaimApi api = new ClaimApi(this.http);
		String subject = ClaimJson.uniqueSubject();
		UUID early = api.create(ClaimJson.podcastClaim(subject));
		String cursor = drain(null).cursor();
		try (Connection slow = this.dataSource.getConnection()) {
			slow.setAutoCommit(false);
			// touches the claim without changing it: a transaction that began first and
			// commits last
			try (PreparedStatement touch = slow.prepareStatement("update claims set quote = quote where id = ?")) {
				touch.setObject(1, early);
				touch.executeUpdate();
			}
			UUID late = api.create(ClaimJson.contactGroupClaim(subject));
			Drained whileOpen = drain(cursor);
			assertThat(whileOpen.ids()).doesNotContain(late.toString(), early.toString());
			slow.commit();

			Drained afterCommit = drain(whileOpen.cursor());

			assertThat(afterCommit.ids()).containsExactly(early.toString(), late.toString());
		}
	}

	@Test
	void refusesAForgedCursorAndAnOversizedPage() {
		for (String query : List.of("after=12.not-a-uuid", "after=-1." + UUID.randomUUID(), "after=abc", "size=0",
				"size=501")) {
			this.http.get()
				.uri("/api/v1/claims/changes?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private Drained drain(String cursor) {
		List<Map<String, Object>> claims = new ArrayList<>();
		Map<String, Object> page;
		String next = cursor;
		do {
			page = page(next, 500);
			claims.addAll(content(page));
			next = (String) page.get("next");
		}
		while (Boolean.TRUE.equals(page.get("hasMore")));
		return new Drained(claims, next);
	}

	private Map<String, Object> page(String cursor, int size) {
		String query = "size=" + size + ((cursor != null) ? "&after=" + cursor : "");
		return this.http.get()
			.uri("/api/v1/claims/changes?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> content(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("content");
	}

	private static List<String> ids(Map<String, Object> page) {
		return content(page).stream().map((c) -> (String) c.get("id")).toList();
	}

	private record Drained(List<Map<String, Object>> claims, String cursor) {

		List<String> ids() {
			return this.claims.stream().map((c) -> (String) c.get("id")).toList();
		}

	}

}
