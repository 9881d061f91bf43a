package org.casualtyclaims.claim;

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
import org.casualtyclaims.support.Transfers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claim names the claim it supersedes: the same speaker's revised figure. The earlier
 * claim stays active; the delta between them carries the {@code supersedes} caveat; a
 * supersession across series or speakers is refused and stores nothing.
 */
@ApiTest
class SupersessionIntegrationTests {

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
	void aRevisedFigureSupersedesTheEarlierClaimWhichStaysActive() {
		UUID podcast = this.api.create(ClaimJson.podcastClaim(this.subject));
		// the speaker in other case is the same speaker, as speaker= matches
		Map<String, Object> revised = ClaimJson.with(
				ClaimJson.with(ClaimJson.contactGroupClaim(this.subject), "supersedes", podcast.toString()), "speaker",
				"VOLODYMYR ZELENSKY");
		Map<String, Object> created = this.api.createAndRead(revised);
		assertThat(created.get("supersedes")).isEqualTo(podcast.toString());

		JsonNode earlier = Api
			.json(this.http.get().uri("/api/v1/claims/{id}", podcast).exchange().expectStatus().isOk());
		assertThat(earlier.get("status").asString()).isEqualTo("active");
		assertThat(earlier.get("supersedes").isNull()).isTrue();

		JsonNode deltas = Api
			.json(this.http.get().uri("/api/v1/deltas?subject={s}", this.subject).exchange().expectStatus().isOk());
		assertThat(deltas.get("content")).hasSize(1);
		assertThat(deltas.get("content").get(0).get("caveats").valueStream().map(JsonNode::asString))
			.containsExactly("supersedes");
		JsonNode listed = Api.json(this.http.get()
			.uri("/api/v1/claims?subject={s}&sort=statedOn,desc", this.subject)
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(listed.get("content").get(0).get("supersedes").asString()).isEqualTo(podcast.toString());
	}

	@Test
	void aCorrectionMayAddOrDropTheSupersessionAndItsRevisionKeepsTheOldOne() {
		UUID podcast = this.api.create(ClaimJson.podcastClaim(this.subject));
		UUID later = this.api.create(ClaimJson.contactGroupClaim(this.subject));
		this.api.replace(later, ClaimJson.with(ClaimJson.contactGroupClaim(this.subject), "supersedes", podcast));
		this.api.replace(later, ClaimJson.contactGroupClaim(this.subject));

		JsonNode revisions = Api
			.json(this.http.get().uri("/api/v1/claims/{id}/revisions", later).exchange().expectStatus().isOk());
		assertThat(revisions).hasSize(2);
		assertThat(revisions.get(0).get("supersedes").isNull()).isTrue();
		assertThat(revisions.get(1).get("supersedes").asString()).isEqualTo(podcast.toString());
	}

	@Test
	void supersedingAnotherSeriesSpeakerOrNoClaimIsRefusedAndStoresNothing() {
		UUID podcast = this.api.create(ClaimJson.podcastClaim(this.subject));
		Map<String, Object> revised = ClaimJson.with(ClaimJson.contactGroupClaim(this.subject), "supersedes",
				podcast.toString());
		String otherSubject = ClaimJson.uniqueSubject();

		assertRefused(ClaimJson.with(revised, "speaker", "Pentagon"), "must name a claim by the same speaker");
		assertRefused(ClaimJson.with(revised, "category", "killed"),
				"must name a claim of the same subject and category");
		assertRefused(ClaimJson.with(revised, "subject", otherSubject),
				"must name a claim of the same subject and category");
		assertRefused(ClaimJson.with(revised, "supersedes", UUID.randomUUID().toString()), "names no stored claim");
		assertThat(this.api.countAll(this.subject)).isEqualTo(1);
		assertThat(this.api.countAll(otherSubject)).isZero();
		// a claim cannot supersede itself
		JsonNode self = Api.json(this.http.put()
			.uri("/api/v1/claims/{id}", podcast)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ClaimJson.with(ClaimJson.podcastClaim(this.subject), "supersedes", podcast.toString()))
			.exchange()
			.expectStatus()
			.isBadRequest());
		assertThat(self.get("errors").get(0).get("field").asString()).isEqualTo("supersedes");
	}

	@Test
	void aReportNamesTheRefusedSupersessionByItsIndex() {
		UUID podcast = this.api.create(ClaimJson.podcastClaim(this.subject));
		Map<String, Object> report = Map.of("title", "Briefing", "outlet", "Interfax-Ukraine", "publishedOn",
				"2025-01-10", "claims",
				java.util.List.of(ClaimJson.contactGroupClaim(this.subject),
						ClaimJson.with(ClaimJson.with(ClaimJson.contactGroupClaim(this.subject), "speaker", "Pentagon"),
								"supersedes", podcast.toString())));
		var response = Api.post(this.http, "/api/v1/reports", report).expectStatus().isBadRequest();
		assertThat(Api.errorFields(response)).containsExactly("claims[1].supersedes");
		assertThat(this.api.countAll(this.subject)).isEqualTo(1);
	}

	@Test
	void anImportMayNameAClaimThatComesLaterInTheFile() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		String header = "id,subject,category,figure,speaker,source,statedOn,supersedes";
		// a chain named backwards: the third supersedes the second, which supersedes the
		// first
		String csv = Transfers.csv(header, row(third, 4200, "2025-01-12", second),
				row(second, 4000, "2025-01-09", first), row(first, 3800, "2025-01-05", null));
		Transfers.importCsv(this.http, "", csv).expectStatus().isOk();
		JsonNode claims = Api.allClaimsOf(this.http, this.subject).get("content");
		assertThat(claims).hasSize(3);
		JsonNode stored = Api.json(this.http.get().uri("/api/v1/claims/{id}", third).exchange().expectStatus().isOk());
		assertThat(stored.get("supersedes").asString()).isEqualTo(second.toString());

		String bad = Transfers.csv(header, row(UUID.randomUUID(), 1, "2025-01-13", UUID.randomUUID()));
		assertThat(Api.errorFields(Transfers.importCsv(this.http, "", bad).expectStatus().isBadRequest()))
			.containsExactly("rows[0].supersedes");
		assertThat(this.api.countAll(this.subject)).isEqualTo(3);
	}

	private String row(UUID id, long figure, String statedOn, UUID supersedes) {
		return id + "," + this.subject + ",casualties," + figure + ",Volodymyr Zelensky,Interfax-Ukraine," + statedOn
				+ "," + ((supersedes != null) ? supersedes : "");
	}

	private void assertRefused(Map<String, Object> claim, String message) {
		JsonNode problem = Api.json(Api.post(this.http, "/api/v1/claims", claim)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("supersedes");
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(message);
	}

}
