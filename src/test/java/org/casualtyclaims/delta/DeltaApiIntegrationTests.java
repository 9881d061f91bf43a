package org.casualtyclaims.delta;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.claim;
import static org.casualtyclaims.support.ClaimJson.with;

@ApiTest
class DeltaApiIntegrationTests {

	@Autowired
	RestTestClient http;

	ClaimApi claims() {
		return new ClaimApi(this.http);
	}

	@Test
	void theWorkedExampleGivesTheContractsNumbers() {
		String subject = ClaimJson.uniqueSubject();
		UUID podcast = claims().create(ClaimJson.podcastClaim(subject));
		UUID contactGroup = claims().create(ClaimJson.contactGroupClaim(subject));
		deltasOf(subject).expectStatus()
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
			.jsonPath("$.content[0].from.id")
			.isEqualTo(podcast.toString())
			.jsonPath("$.content[0].from.figure")
			.isEqualTo(3800)
			.jsonPath("$.content[0].from.statedOn")
			.isEqualTo("2025-01-05")
			.jsonPath("$.content[0].from.speaker")
			.isEqualTo("Volodymyr Zelensky")
			.jsonPath("$.content[0].from.source")
			.isEqualTo("Lex Fridman podcast")
			.jsonPath("$.content[0].from.qualifier")
			.isEqualTo("exact")
			.jsonPath("$.content[0].to.id")
			.isEqualTo(contactGroup.toString())
			.jsonPath("$.content[0].to.figure")
			.isEqualTo(4000)
			.jsonPath("$.content[0].to.statedOn")
			.isEqualTo("2025-01-09")
			.jsonPath("$.content[0].to.source")
			.isEqualTo("Interfax-Ukraine")
			.jsonPath("$.content[0].change")
			.isEqualTo(200)
			.jsonPath("$.content[0].changeLow")
			.isEqualTo(200)
			.jsonPath("$.content[0].changeHigh")
			.isEqualTo(200)
			.jsonPath("$.content[0].days")
			.isEqualTo(4)
			.jsonPath("$.content[0].perDay")
			.isEqualTo(50.0)
			.jsonPath("$.content[0].percentChange")
			.isEqualTo(5.26)
			.jsonPath("$.content[0].direction")
			.isEqualTo("increase")
			.jsonPath("$.content[0].sameSpeaker")
			.isEqualTo(true)
			.jsonPath("$.content[0].caveats.length()")
			.isEqualTo(0);
	}

	@Test
	void ratesAreWrittenAsTheContractWritesThem() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(ClaimJson.contactGroupClaim(subject));
		String json = deltasOf(subject).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(json).contains("\"perDay\":50.0,").contains("\"percentChange\":5.26,");
	}

	@Test
	void sameDayClaimsHaveNoRatePerDay() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(with(ClaimJson.contactGroupClaim(subject), "statedOn", "2025-01-05"));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[0].days")
			.isEqualTo(0)
			.jsonPath("$.content[0].perDay")
			.isEqualTo(null)
			.jsonPath("$.content[0].percentChange")
			.isEqualTo(5.26)
			.jsonPath("$.content[0].caveats")
			.isEqualTo(java.util.List.of("same_day"));
	}

	@Test
	void aZeroStartingFigureHasNoPercentChange() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(with(ClaimJson.podcastClaim(subject), "figure", 0));
		claims().create(ClaimJson.contactGroupClaim(subject));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[0].change")
			.isEqualTo(4000)
			.jsonPath("$.content[0].perDay")
			.isEqualTo(1000.0)
			.jsonPath("$.content[0].percentChange")
			.isEqualTo(null)
			.jsonPath("$.content[0].direction")
			.isEqualTo("increase");
	}

	@Test
	void decreasesAndUnchangedFiguresFollowInOrder() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(with(ClaimJson.contactGroupClaim(subject), "figure", 3610));
		claims().create(with(ClaimJson.contactGroupClaim(subject), "statedOn", "2025-01-12"));
		claims().create(with(with(ClaimJson.contactGroupClaim(subject), "statedOn", "2025-01-13"), "figure", 4000));
		deltasOf(subject).expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(3)
			.jsonPath("$.content[0].change")
			.isEqualTo(-190)
			.jsonPath("$.content[0].perDay")
			.isEqualTo(-47.5)
			.jsonPath("$.content[0].percentChange")
			.isEqualTo(-5.0)
			.jsonPath("$.content[0].direction")
			.isEqualTo("decrease")
			.jsonPath("$.content[1].change")
			.isEqualTo(390)
			.jsonPath("$.content[2].change")
			.isEqualTo(0)
			.jsonPath("$.content[2].perDay")
			.isEqualTo(0.0)
			.jsonPath("$.content[2].direction")
			.isEqualTo("unchanged");
	}

	@Test
	void rangesAndBoundsCarryIntoTheChangeRange() {
		String subject = ClaimJson.uniqueSubject();
		Map<String, Object> from = with(
				with(with(ClaimJson.podcastClaim(subject), "figureLow", 3500), "figureHigh", 4000), "qualifier",
				"approximately");
		claims().create(from);
		claims().create(with(ClaimJson.contactGroupClaim(subject), "qualifier", "at_least"));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[0].from.figureLow")
			.isEqualTo(3500)
			.jsonPath("$.content[0].from.figureHigh")
			.isEqualTo(4000)
			.jsonPath("$.content[0].to.qualifier")
			.isEqualTo("at_least")
			.jsonPath("$.content[0].change")
			.isEqualTo(200)
			.jsonPath("$.content[0].changeLow")
			.isEqualTo(0)
			.jsonPath("$.content[0].changeHigh")
			.isEqualTo(null)
			.jsonPath("$.content[0].caveats")
			.isEqualTo(java.util.List.of("qualifier_mismatch", "bound"));
	}

	@Test
	void anAtMostStartHasALowerEndOfZero() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(with(ClaimJson.podcastClaim(subject), "qualifier", "at_most"));
		claims().create(with(ClaimJson.contactGroupClaim(subject), "qualifier", "at_most"));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[0].changeLow")
			.isEqualTo(-3800)
			.jsonPath("$.content[0].changeHigh")
			.isEqualTo(4000)
			.jsonPath("$.content[0].caveats")
			.isEqualTo(java.util.List.of("bound"));
	}

	@Test
	void everyCaveatIsListedInTheContractsOrder() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(claim(subject, "casualties", 4000, "2025-01-05", "Lloyd Austin", "Pentagon briefing"));
		claims().create(with(claim(subject, "casualties", 4100, "2025-01-05", "Lloyd Austin", "Pentagon briefing"),
				"qualifier", "at_least"));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[0].sameSpeaker")
			.isEqualTo(false)
			.jsonPath("$.content[0].caveats")
			.isEqualTo(java.util.List.of("different_speakers", "same_day"))
			.jsonPath("$.content[1].sameSpeaker")
			.isEqualTo(true)
			.jsonPath("$.content[1].caveats")
			.isEqualTo(java.util.List.of("qualifier_mismatch", "bound", "same_day"));
		claims().create(with(claim(subject, "casualties", 4200, "2025-01-05", "Volodymyr Zelensky", "Telegram"),
				"qualifier", "approximately"));
		deltasOf(subject).expectBody()
			.jsonPath("$.content[2].caveats")
			.isEqualTo(java.util.List.of("different_speakers", "qualifier_mismatch", "bound", "same_day"));
	}

	@Test
	void withASpeakerOnlyThatSpeakersClaimsFormTheSequence() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(claim(subject, "casualties", 9000, "2025-01-07", "Lloyd Austin", "Pentagon briefing"));
		claims().create(ClaimJson.contactGroupClaim(subject));
		deltasOf(subject).expectBody().jsonPath("$.content.length()").isEqualTo(2);
		this.http.get()
			.uri("/api/v1/deltas?subject={s}&speaker={speaker}", subject, " volodymyr zelensky")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].change")
			.isEqualTo(200)
			.jsonPath("$.content[0].days")
			.isEqualTo(4);
	}

	@Test
	void statedFromAndStatedToChooseTheClaimsOfTheSequence() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-01"));
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(ClaimJson.contactGroupClaim(subject));
		this.http.get()
			.uri("/api/v1/deltas?subject={s}&statedFrom=2025-01-02&statedTo=2025-01-09", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].from.statedOn")
			.isEqualTo("2025-01-05");
	}

	@Test
	void seriesOfEachCategoryComeOneAfterTheOtherOldestFirst() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(claim(subject, "wounded", 10, "2025-01-01", "A", "s"));
		claims().create(claim(subject, "killed", 5, "2025-01-03", "A", "s"));
		claims().create(claim(subject, "wounded", 20, "2025-01-02", "A", "s"));
		claims().create(claim(subject, "killed", 7, "2025-01-02", "A", "s"));
		this.http.get()
			.uri("/api/v1/deltas?subject={s}", subject)
			.exchange()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(2)
			.jsonPath("$.content[0].category")
			.isEqualTo("killed")
			.jsonPath("$.content[0].change")
			.isEqualTo(-2)
			.jsonPath("$.content[1].category")
			.isEqualTo("wounded")
			.jsonPath("$.content[1].change")
			.isEqualTo(10);
	}

	@Test
	void aSingleClaimHasNoDelta() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		deltasOf(subject).expectStatus().isOk().expectBody().jsonPath("$.content.length()").isEqualTo(0);
	}

	@Test
	void retractedClaimsLeaveTheirDeltas() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		UUID middle = claims().create(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-07"));
		claims().create(ClaimJson.contactGroupClaim(subject));
		deltasOf(subject).expectBody().jsonPath("$.content.length()").isEqualTo(2);
		claims().retract(middle);
		deltasOf(subject).expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].change")
			.isEqualTo(200)
			.jsonPath("$.content[0].days")
			.isEqualTo(4);
	}

	@Test
	void subjectsDifferingInCaseAndSpacingAreOneSeries() {
		String id = UUID.randomUUID().toString();
		claims().create(ClaimJson.podcastClaim("North  Korean troops in KURSK " + id + " "));
		claims().create(ClaimJson.contactGroupClaim("north korean troops in kursk " + id));
		deltasOf("NORTH KOREAN TROOPS IN KURSK   " + id).expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].change")
			.isEqualTo(200)
			// the series is named as its newest claim spells it
			.jsonPath("$.content[0].subject")
			.isEqualTo("north korean troops in kursk " + id);
	}

	@Test
	void replacingASubjectMovesTheClaimBetweenSeries() {
		String first = ClaimJson.uniqueSubject();
		String second = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(first));
		UUID moving = claims().create(ClaimJson.contactGroupClaim(first));
		claims().create(with(ClaimJson.podcastClaim(second), "figure", 3000));
		deltasOf(first).expectBody().jsonPath("$.content.length()").isEqualTo(1);
		deltasOf(second).expectBody().jsonPath("$.content.length()").isEqualTo(0);
		claims().replace(moving, ClaimJson.contactGroupClaim(second));
		deltasOf(first).expectBody().jsonPath("$.content.length()").isEqualTo(0);
		deltasOf(second).expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].change")
			.isEqualTo(1000)
			.jsonPath("$.content[0].to.id")
			.isEqualTo(moving.toString());
	}

	@Test
	void betweenComparesAnyTwoClaimsOfASeriesInTheOrderGiven() {
		String subject = ClaimJson.uniqueSubject();
		UUID podcast = claims().create(ClaimJson.podcastClaim(subject));
		claims().create(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-07"));
		UUID contactGroup = claims().create(ClaimJson.contactGroupClaim(subject));
		between(podcast, contactGroup).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.change")
			.isEqualTo(200)
			.jsonPath("$.days")
			.isEqualTo(4)
			.jsonPath("$.perDay")
			.isEqualTo(50.0)
			.jsonPath("$.percentChange")
			.isEqualTo(5.26);
		between(contactGroup, podcast).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.from.id")
			.isEqualTo(contactGroup.toString())
			.jsonPath("$.change")
			.isEqualTo(-200)
			.jsonPath("$.days")
			.isEqualTo(-4)
			.jsonPath("$.perDay")
			.isEqualTo(50.0)
			.jsonPath("$.percentChange")
			.isEqualTo(-5.0)
			.jsonPath("$.direction")
			.isEqualTo("decrease");
	}

	@Test
	void betweenClaimsOfDifferentSeriesIsABadRequest() {
		String subject = ClaimJson.uniqueSubject();
		UUID casualties = claims().create(ClaimJson.podcastClaim(subject));
		UUID killed = claims().create(with(ClaimJson.contactGroupClaim(subject), "category", "killed"));
		between(casualties, killed).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://casualty-claims.org/problems/different-series")
			.jsonPath("$.status")
			.isEqualTo(400);
	}

	@Test
	void betweenAnUnknownOrRetractedClaimIsNotFound() {
		String subject = ClaimJson.uniqueSubject();
		UUID podcast = claims().create(ClaimJson.podcastClaim(subject));
		UUID retracted = claims().create(ClaimJson.contactGroupClaim(subject));
		claims().retract(retracted);
		between(podcast, UUID.randomUUID()).expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		between(podcast, retracted).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("retracted"));
	}

	@Test
	void betweenNeedsTwoWellFormedIds() {
		this.http.get()
			.uri("/api/v1/deltas/between?from=nope&to={to}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		this.http.get()
			.uri("/api/v1/deltas/between?from={from}", UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
	}

	@Test
	void badFiltersAreProblems() {
		for (String query : new String[] { "/api/v1/deltas?category=dead", "/api/v1/deltas?statedFrom=2025-13-01",
				"/api/v1/deltas?statedTo=yesterday", "/api/v1/deltas/latest?size=0", "/api/v1/deltas/latest?size=501",
				"/api/v1/deltas/latest?page=-1", "/api/v1/deltas/latest?category=dead" }) {
			this.http.get()
				.uri(query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(400)
				.jsonPath("$.errors[0].field")
				.exists();
		}
	}

	private RestTestClient.ResponseSpec deltasOf(String subject) {
		return this.http.get().uri("/api/v1/deltas?subject={s}&category=casualties", subject).exchange();
	}

	private RestTestClient.ResponseSpec between(UUID from, UUID to) {
		return this.http.get().uri("/api/v1/deltas/between?from={from}&to={to}", from, to).exchange();
	}

}
