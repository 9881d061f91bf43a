package org.casualtyclaims.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.Simultaneously;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class IdempotencyIntegrationTests {

	private static final String CLAIMS = "/api/v1/claims";

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyIdenticalConcurrentPostsStoreOneClaimAndGetOneAnswer() throws Exception {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = ClaimJson.podcastClaim(subject);
		int threads = 20;
		List<ExchangeResult> results = Simultaneously.call(threads, Duration.ofSeconds(60),
				(i) -> Api.post(this.http, CLAIMS, key, body).returnResult());
		assertThat(results).extracting(ExchangeResult::getStatus).containsOnly(HttpStatus.CREATED);
		assertThat(results).extracting((r) -> new String(r.getResponseBodyContent()))
			.hasSize(threads)
			.containsOnly(new String(results.get(0).getResponseBodyContent()));
		assertThat(results).extracting((r) -> r.getResponseHeaders().getLocation())
			.containsOnly(results.get(0).getResponseHeaders().getLocation());
		assertThat(results).extracting((r) -> r.getResponseHeaders().getETag()).containsOnly("\"1\"");
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void aReplayAfterSuccessAnswersTheSameClaim() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		ExchangeResult first = Api.post(this.http, CLAIMS, key, ClaimJson.podcastClaim(subject))
			.expectStatus()
			.isCreated()
			.returnResult();
		// the same values written differently are the same body
		String reordered = """
				{ "statedOn": "2025-01-05", "source": "Lex Fridman podcast", "speaker": "Volodymyr Zelensky",
				  "figure": 3800, "category": "casualties", "subject": "%s" }""".formatted(subject);
		ExchangeResult replay = Api.post(this.http, CLAIMS, key, reordered)
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueEquals("ETag", "\"1\"")
			.returnResult();
		assertThat(Api.json(replay.getResponseBodyContent()).get("id"))
			.isEqualTo(Api.json(first.getResponseBodyContent()).get("id"));
		assertThat(replay.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
		assertThat(replay.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void aKeyReusedWithAnotherBodyIs422AndStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Api.post(this.http, CLAIMS, key, ClaimJson.podcastClaim(subject)).expectStatus().isCreated();
		Api.post(this.http, CLAIMS, key, ClaimJson.contactGroupClaim(subject))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/idempotency-key-reused")
			.jsonPath("$.status")
			.isEqualTo(422);
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void aKeyOver255CharactersOrBlankIs400() {
		String subject = ClaimJson.uniqueSubject();
		Api.post(this.http, CLAIMS, "k".repeat(256), ClaimJson.podcastClaim(subject))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("Idempotency-Key");
		Api.post(this.http, CLAIMS, "   ", ClaimJson.podcastClaim(subject)).expectStatus().isBadRequest();
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isZero();
		Api.post(this.http, CLAIMS, "k".repeat(255), ClaimJson.podcastClaim(subject)).expectStatus().isCreated();
	}

	@Test
	void anInvalidFirstAttemptDoesNotUseUpTheKey() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Api.post(this.http, CLAIMS, key, ClaimJson.with(ClaimJson.podcastClaim(subject), "figure", -1))
			.expectStatus()
			.isBadRequest();
		Api.post(this.http, CLAIMS, key, ClaimJson.podcastClaim(subject)).expectStatus().isCreated();
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(1);
	}

	@Test
	void anExpiredKeyIsFreeAgain() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Api.post(this.http, CLAIMS, key, ClaimJson.podcastClaim(subject)).expectStatus().isCreated();
		int aged = this.jdbc
			.sql("update idempotency_records set created_at = created_at - interval '25 hours', "
					+ "expires_at = expires_at - interval '25 hours' where idempotency_key = ?")
			.param(key)
			.update();
		assertThat(aged).isEqualTo(1);
		Api.post(this.http, CLAIMS, key, ClaimJson.contactGroupClaim(subject)).expectStatus().isCreated();
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(2);
	}

	@Test
	void aKeyIsScopedToItsEndpoint() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Api.post(this.http, CLAIMS, key, ClaimJson.podcastClaim(subject)).expectStatus().isCreated();
		Api.post(this.http, "/api/v1/reports", key, ReportJson.workedExample(subject)).expectStatus().isCreated();
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(4);
	}

	@Test
	void aReportIsPostedOncePerKey() {
		String subject = ClaimJson.uniqueSubject();
		String key = UUID.randomUUID().toString();
		Map<String, Object> report = ReportJson.workedExample(subject);
		ExchangeResult first = Api.post(this.http, "/api/v1/reports", key, report)
			.expectStatus()
			.isCreated()
			.returnResult();
		ExchangeResult replay = Api.post(this.http, "/api/v1/reports", key, report)
			.expectStatus()
			.isCreated()
			.returnResult();
		assertThat(replay.getResponseBodyContent()).isEqualTo(first.getResponseBodyContent());
		assertThat(replay.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
		assertThat(Api.allClaimsOf(this.http, subject).get("page").get("totalElements").asLong()).isEqualTo(3);
		JsonNode problem = Api.json(Api.post(this.http, "/api/v1/reports", key, ReportJson.workedExample(subject))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
		assertThat(problem.get("type").asString()).endsWith("/idempotency-key-reused");
	}

}
