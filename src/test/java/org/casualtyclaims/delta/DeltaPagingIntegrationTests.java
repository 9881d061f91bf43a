package org.casualtyclaims.delta;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;

import static org.casualtyclaims.support.ClaimJson.claim;

/** {@code GET /deltas} answers pages of deltas, in series order, then claim order. */
@ApiTest
class DeltaPagingIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void withoutASubjectTheAnswerIsAPageOfAHundred() {
		this.http.get()
			.uri("/api/v1/deltas")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.content")
			.isArray()
			.jsonPath("$.page.size")
			.isEqualTo(100)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.exists()
			.jsonPath("$.page.totalPages")
			.exists();
	}

	@Test
	void pagesRunSeriesBySeriesThenOldestFirst() {
		// one speaker of its own picks this test's claims out of the whole table
		String speaker = "Speaker " + UUID.randomUUID();
		String subject = "Paging " + UUID.randomUUID();
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(claim(subject + " b", "casualties", 10, "2025-01-01", speaker, "s"));
		claims.create(claim(subject + " a", "killed", 5, "2025-01-01", speaker, "s"));
		claims.create(claim(subject + " a", "casualties", 300, "2025-01-03", speaker, "s"));
		claims.create(claim(subject + " a", "casualties", 100, "2025-01-01", speaker, "s"));
		claims.create(claim(subject + " b", "casualties", 12, "2025-01-02", speaker, "s"));
		claims.create(claim(subject + " a", "killed", 6, "2025-01-02", speaker, "s"));
		claims.create(claim(subject + " a", "casualties", 200, "2025-01-02", speaker, "s"));
		page(speaker, 0).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.size")
			.isEqualTo(2)
			.jsonPath("$.page.number")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.isEqualTo(4)
			.jsonPath("$.page.totalPages")
			.isEqualTo(2)
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].subject")
			.isEqualTo(subject + " a")
			.jsonPath("$.content[0].category")
			.isEqualTo("casualties")
			.jsonPath("$.content[0].from.figure")
			.isEqualTo(100)
			.jsonPath("$.content[0].to.figure")
			.isEqualTo(200)
			.jsonPath("$.content[1].from.figure")
			.isEqualTo(200)
			.jsonPath("$.content[1].to.figure")
			.isEqualTo(300);
		page(speaker, 1).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(4)
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].category")
			.isEqualTo("killed")
			.jsonPath("$.content[0].change")
			.isEqualTo(1)
			.jsonPath("$.content[1].subject")
			.isEqualTo(subject + " b")
			.jsonPath("$.content[1].change")
			.isEqualTo(2);
		page(speaker, 2).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(0)
			.jsonPath("$.page.totalElements")
			.isEqualTo(4);
	}

	@Test
	void aSubjectsDeltasArePagedToo() {
		String subject = "Paging " + UUID.randomUUID();
		ClaimApi claims = new ClaimApi(this.http);
		for (int day = 1; day <= 4; day++) {
			claims.create(claim(subject, "casualties", day * 10L, "2025-01-0" + day, "A", "s"));
		}
		this.http.get()
			.uri("/api/v1/deltas?subject={s}&size=2&page=1", subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("ETag")
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(3)
			.jsonPath("$.page.totalPages")
			.isEqualTo(2)
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].from.figure")
			.isEqualTo(30)
			.jsonPath("$.content[0].to.figure")
			.isEqualTo(40);
	}

	@Test
	void pageAndSizeOutsideTheContractAreProblems() {
		for (String query : new String[] { "/api/v1/deltas?size=0", "/api/v1/deltas?size=501", "/api/v1/deltas?page=-1",
				"/api/v1/deltas?subject=x&size=501", "/api/v1/deltas?size=ten" }) {
			this.http.get()
				.uri(query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.exists();
		}
	}

	private RestTestClient.ResponseSpec page(String speaker, int page) {
		return this.http.get().uri("/api/v1/deltas?speaker={s}&size=2&page={p}", speaker, page).exchange();
	}

}
