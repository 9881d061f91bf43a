package org.casualtyclaims.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.TestKeys;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.Api.errorFields;
import static org.casualtyclaims.support.Api.json;
import static org.casualtyclaims.support.Api.post;

/** {@code POST /api/v1/extractions} and reports posted with {@code extract: true}. */
@ApiTest
class ExtractionApiIntegrationTests {

	private static final Corpus.Article SEED = Corpus.named("00-seed");

	@Autowired
	RestTestClient http;

	@Test
	void proposesTheWorkedExampleAsClaimBodiesReadyToPost() {
		JsonNode body = json(post(this.http, "/api/v1/extractions", seedRequest()).expectStatus().isOk());
		JsonNode candidates = body.get("candidates");
		assertThat(candidates.valueStream().map((c) -> c.get("claim").get("figure").asLong()).toList())
			.containsExactly(4000L, 3800L, 12000L);
		JsonNode first = candidates.get(0);
		assertThat(first.get("claim").get("statedOn").asString()).isEqualTo("2025-01-09");
		assertThat(first.get("claim").get("speaker").asString()).isEqualTo("Volodymyr Zelensky");
		assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
		int start = first.get("figureSpan").get("start").asInt();
		int end = first.get("figureSpan").get("end").asInt();
		assertThat(SEED.text().substring(start, end)).isEqualTo("4,000");

		// a candidate's claim posts as it stands
		Map<String, Object> claim = new HashMap<>(jsonMap(candidates.get(2).get("claim")));
		claim.put("subject", "extraction test " + System.nanoTime());
		post(this.http, "/api/v1/claims", claim).expectStatus().isCreated();
	}

	@Test
	void needsAnAnalystKey() {
		RestTestClient anonymous = TestKeys.withoutDefaultKey(this.http);
		post(anonymous, "/api/v1/extractions", seedRequest()).expectStatus().isUnauthorized();
		String reader = issueKey("reader");
		anonymous.post()
			.uri("/api/v1/extractions")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + reader)
			.body(seedRequest())
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void refusesBadInputWithProblems() {
		Map<String, Object> unknown = new HashMap<>(seedRequest());
		unknown.put("publishedAt", "2025-01-10");
		assertThat(errorFields(post(this.http, "/api/v1/extractions", unknown).expectStatus().isBadRequest()))
			.contains("publishedAt");
		Map<String, Object> noDate = new HashMap<>(seedRequest());
		noDate.remove("publishedOn");
		assertThat(errorFields(post(this.http, "/api/v1/extractions", noDate).expectStatus().isBadRequest()))
			.containsExactly("publishedOn");
		Map<String, Object> future = new HashMap<>(seedRequest());
		future.put("publishedOn", "2999-01-01");
		assertThat(errorFields(post(this.http, "/api/v1/extractions", future).expectStatus().isBadRequest()))
			.containsExactly("publishedOn");
		Map<String, Object> tooLong = new HashMap<>(seedRequest());
		tooLong.put("text", "a".repeat(200_001));
		assertThat(errorFields(post(this.http, "/api/v1/extractions", tooLong).expectStatus().isBadRequest()))
			.containsExactly("text");
		this.http.post()
			.uri("/api/v1/extractions")
			.contentType(MediaType.TEXT_PLAIN)
			.body(SEED.text())
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void refusesABodyOverTheReportLimit() {
		Map<String, Object> huge = new HashMap<>(seedRequest());
		huge.put("text", "a".repeat(9 * 1024 * 1024));
		post(this.http, "/api/v1/extractions", huge).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aReportWithExtractAnswersItsCandidatesAndStoresNothing() {
		long reportsBefore = reportCount();
		Map<String, Object> report = reportRequest();
		JsonNode body = json(post(this.http, "/api/v1/reports", report).expectStatus().isOk());
		assertThat(body.get("report").get("title").asString()).isEqualTo(report.get("title"));
		assertThat(body.get("report").get("claims")).hasSize(3);
		assertThat(body.get("candidates")).hasSize(3);
		assertThat(reportCount()).isEqualTo(reportsBefore);

		// the answer's report posts as it stands
		post(this.http, "/api/v1/reports", jsonMap(body.get("report"))).expectStatus().isCreated();
		assertThat(reportCount()).isEqualTo(reportsBefore + 1);
	}

	@Test
	void aReportWithExtractNeedsTextAndNoClaims() {
		Map<String, Object> withClaims = new HashMap<>(reportRequest());
		withClaims.put("claims", List.of());
		assertThat(errorFields(post(this.http, "/api/v1/reports", withClaims).expectStatus().isBadRequest()))
			.containsOnly("claims");
		Map<String, Object> noText = new HashMap<>(reportRequest());
		noText.remove("text");
		assertThat(errorFields(post(this.http, "/api/v1/reports", noText).expectStatus().isBadRequest()))
			.containsExactly("text");
		Map<String, Object> noClaims = new HashMap<>(reportRequest());
		noClaims.remove("extract");
		assertThat(errorFields(post(this.http, "/api/v1/reports", noClaims).expectStatus().isBadRequest()))
			.containsExactly("claims");
	}

	private static Map<String, Object> seedRequest() {
		return Map.of("text", SEED.text(), "publishedOn", "2025-01-10", "outlet", SEED.outlet());
	}

	private static Map<String, Object> reportRequest() {
		return Map.of("title", "Extraction " + System.nanoTime(), "outlet", SEED.outlet(), "publishedOn", "2025-01-10",
				"text", SEED.text(), "extract", true);
	}

	private long reportCount() {
		return json(this.http.get().uri("/api/v1/reports?size=1").exchange().expectStatus().isOk()).get("page")
			.get("totalElements")
			.asLong();
	}

	private String issueKey(String role) {
		JsonNode issued = json(this.http.post()
			.uri("/api/v1/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.body(Map.of("name", "extraction-" + role + "-" + System.nanoTime(), "role", role))
			.exchange()
			.expectStatus()
			.isCreated());
		return issued.get("key").asString();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonMap(JsonNode node) {
		return tools.jackson.databind.json.JsonMapper.builder().build().convertValue(node, Map.class);
	}

}
