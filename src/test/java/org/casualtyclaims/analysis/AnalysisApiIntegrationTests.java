package org.casualtyclaims.analysis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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

/** Conflicts and ratios over HTTP, on the worked example and around it. */
@ApiTest
class AnalysisApiIntegrationTests {

	@Autowired
	RestTestClient http;

	ClaimApi api;

	String subject;

	@BeforeEach
	void setUp() {
		this.api = new ClaimApi(this.http);
		this.subject = ClaimJson.uniqueSubject();
	}

	@Test
	void theWorkedExampleRatioIsFourThousandOfAboutTwelveThousand() {
		this.api.create(ClaimJson.podcastClaim(this.subject));
		UUID casualties = this.api.create(ClaimJson.contactGroupClaim(this.subject));
		Map<String, Object> deployed = ClaimJson.claim(this.subject, "deployed", 12000, "2025-01-09",
				"US and Ukrainian intelligence", "Reuters");
		deployed.put("qualifier", "approximately");
		UUID deployedId = this.api.create(deployed);

		JsonNode ratio = Api.json(this.http.get()
			.uri("/api/v1/ratios?subject={s}&numerator=casualties&denominator=deployed", this.subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "no-cache"));
		assertThat(ratio.get("percent").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(ratio.get("percentLow").decimalValue()).isEqualByComparingTo("33.33");
		assertThat(ratio.get("percentHigh").decimalValue()).isEqualByComparingTo("33.33");
		// the latest casualties claim, not the podcast's 3,800
		assertThat(ratio.get("numerator").get("id").asString()).isEqualTo(casualties.toString());
		assertThat(ratio.get("numerator").get("figure").asLong()).isEqualTo(4000);
		assertThat(ratio.get("denominator").get("id").asString()).isEqualTo(deployedId.toString());
		assertThat(ratio.get("days").asLong()).isZero();
	}

	@Test
	void theRatioRangeComesFromTheBoundsAndARetractedClaimDropsOut() {
		UUID casualties = this.api.create(ClaimJson
			.with(ClaimJson.with(ClaimJson.contactGroupClaim(this.subject), "figureLow", 3500), "figureHigh", 4500));
		this.api.create(ClaimJson
			.with(ClaimJson.with(ClaimJson.claim(this.subject, "deployed", 12000, "2025-01-02", "Pentagon", "Briefing"),
					"figureLow", 10000), "figureHigh", 15000));
		JsonNode ratio = Api.json(ratio(this.subject).expectStatus().isOk());
		assertThat(ratio.get("percentLow").decimalValue()).isEqualByComparingTo("23.33");
		assertThat(ratio.get("percentHigh").decimalValue()).isEqualByComparingTo("45.0");
		assertThat(ratio.get("days").asLong()).isEqualTo(7);

		this.api.retract(casualties);
		ratio(this.subject).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void badRatioParametersAreProblems() {
		this.http.get()
			.uri("/api/v1/ratios?subject={s}&numerator=casualties&denominator=casualties", this.subject)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/v1/ratios?subject={s}&numerator=dead&denominator=deployed", this.subject)
			.exchange()
			.expectStatus()
			.isBadRequest();
		this.http.get()
			.uri("/api/v1/ratios?numerator=killed&denominator=deployed")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void conflictsPairDifferentSpeakersWhoseRangesDoNotOverlapWithinTheWindow() {
		UUID kyiv = this.api.create(ClaimJson.contactGroupClaim(this.subject));
		// 3,000 from another speaker 2 days later: 33.33 % above the smaller figure
		UUID moscow = this.api
			.create(ClaimJson.claim(this.subject, "casualties", 3000, "2025-01-11", "Russian MoD", "TASS"));
		// overlapping ranges: no conflict whatever the figures
		UUID kirby = this.api.create(
				ClaimJson.with(ClaimJson.claim(this.subject, "casualties", 2000, "2025-01-10", "Kirby", "White House"),
						"figureHigh", 5000));
		// the same speaker in other case: a revision, not a conflict
		UUID revised = this.api
			.create(ClaimJson.claim(this.subject, "casualties", 4100, "2025-01-10", "VOLODYMYR ZELENSKY", "X"));
		// outside the window
		UUID late = this.api
			.create(ClaimJson.claim(this.subject, "casualties", 100, "2025-03-01", "Russian MoD", "TASS"));

		List<JsonNode> conflicts = conflicts("withinDays=3&minDifferencePercent=30");
		assertThat(conflicts).anySatisfy((pair) -> {
			assertThat(pair.get("earlier").get("id").asString()).isEqualTo(kyiv.toString());
			assertThat(pair.get("later").get("id").asString()).isEqualTo(moscow.toString());
			assertThat(pair.get("days").asLong()).isEqualTo(2);
			assertThat(pair.get("difference").asLong()).isEqualTo(1000);
			assertThat(pair.get("differencePercent").decimalValue()).isEqualByComparingTo("33.33");
			assertThat(pair.get("category").asString()).isEqualTo("casualties");
		});
		assertThat(conflicts.stream().map(AnalysisApiIntegrationTests::ids))
			.containsExactlyInAnyOrder(List.of(kyiv.toString(), moscow.toString()),
					List.of(revised.toString(), moscow.toString()))
			.noneMatch((ids) -> ids.contains(kirby.toString()) || ids.contains(late.toString()));
		// a higher threshold or a shorter window drops the pair
		List<String> kyivMoscow = List.of(kyiv.toString(), moscow.toString());
		assertThat(conflicts("withinDays=3&minDifferencePercent=33.34").stream().map(AnalysisApiIntegrationTests::ids))
			.doesNotContain(kyivMoscow)
			.isNotEmpty();
		assertThat(conflicts("withinDays=1&minDifferencePercent=0").stream().map(AnalysisApiIntegrationTests::ids))
			.doesNotContain(kyivMoscow)
			.isNotEmpty();
	}

	@Test
	void conflictsArePagedAndTheirParametersBounded() {
		for (int i = 0; i < 3; i++) {
			this.api.create(ClaimJson.claim(this.subject, "killed", 100 * (i + 1) * (i + 1), "2025-01-0" + (i + 1),
					"speaker " + i, "source"));
		}
		JsonNode page = Api.json(this.http.get()
			.uri("/api/v1/conflicts?subject={s}&category=killed&withinDays=5&size=2", this.subject)
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(page.get("content")).hasSize(2);
		assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
		JsonNode past = Api.json(this.http.get()
			.uri("/api/v1/conflicts?subject={s}&withinDays=5&size=2&page=5", this.subject)
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(past.get("content")).isEmpty();
		assertThat(past.get("page").get("totalElements").asLong()).isEqualTo(3);
		for (String bad : List.of("withinDays=-1", "withinDays=100000", "minDifferencePercent=-1",
				"minDifferencePercent=abc", "size=0", "category=dead")) {
			this.http.get()
				.uri("/api/v1/conflicts?" + bad)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private static List<String> ids(JsonNode pair) {
		return List.of(pair.get("earlier").get("id").asString(), pair.get("later").get("id").asString());
	}

	private List<JsonNode> conflicts(String query) {
		return Api
			.json(this.http.get()
				.uri("/api/v1/conflicts?subject={s}&" + query, this.subject)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("Cache-Control", "no-cache"))
			.get("content")
			.valueStream()
			.toList();
	}

	private RestTestClient.ResponseSpec ratio(String subject) {
		return this.http.get()
			.uri("/api/v1/ratios?subject={s}&numerator=casualties&denominator=deployed", subject)
			.exchange();
	}

}
