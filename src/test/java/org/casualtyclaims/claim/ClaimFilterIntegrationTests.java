package org.casualtyclaims.claim;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;

import static org.assertj.core.api.Assertions.assertThat;

/** Each filter of GET /api/v1/claims, alone and combined, over one subject's claims. */
@ApiTest
class ClaimFilterIntegrationTests {

	@Autowired
	RestTestClient http;

	ClaimApi api;

	String subject;

	String podcast;

	String contactGroup;

	String deployed;

	@BeforeEach
	void createClaims() {
		this.api = new ClaimApi(this.http);
		this.subject = ClaimJson.uniqueSubject();
		this.podcast = id(ClaimJson.podcastClaim(this.subject));
		this.contactGroup = id(ClaimJson.contactGroupClaim(this.subject));
		this.deployed = id(ClaimJson.claim(this.subject, "deployed", 12000, "2024-12-20",
				"US and Ukrainian intelligence", "Reuters"));
	}

	private String id(Map<String, Object> claim) {
		return (String) this.api.createAndRead(claim).get("id");
	}

	private String bySubject(String more) {
		return "subject=" + this.subject + more;
	}

	@Test
	void subjectMatchesCaseAndWhitespaceInsensitively() {
		String shouted = "  " + this.subject.toUpperCase().replace(" ", "  ") + " ";
		assertThat(this.api.ids("subject=" + shouted)).containsExactlyInAnyOrder(this.podcast, this.contactGroup,
				this.deployed);
	}

	@Test
	void defaultOrderIsNewestStatementFirst() {
		assertThat(this.api.ids(bySubject(""))).containsExactly(this.contactGroup, this.podcast, this.deployed);
	}

	@Test
	void categoryFilters() {
		assertThat(this.api.ids(bySubject("&category=deployed"))).containsExactly(this.deployed);
	}

	@Test
	void speakerAndSourceMatchExactlyIgnoringCase() {
		assertThat(this.api.ids(bySubject("&speaker=volodymyr ZELENSKY"))).containsExactly(this.contactGroup,
				this.podcast);
		assertThat(this.api.ids(bySubject("&speaker=Zelensky"))).isEmpty();
		assertThat(this.api.ids(bySubject("&source=lex fridman PODCAST"))).containsExactly(this.podcast);
	}

	@Test
	void statedDatesAreInclusive() {
		assertThat(this.api.ids(bySubject("&statedFrom=2025-01-05&statedTo=2025-01-09")))
			.containsExactly(this.contactGroup, this.podcast);
		assertThat(this.api.ids(bySubject("&statedTo=2025-01-05"))).containsExactly(this.podcast, this.deployed);
	}

	@Test
	void qSearchesSubjectSpeakerSourceAndQuoteIgnoringCase() {
		assertThat(this.api.ids(bySubject("&q=SOLDIERS killed"))).containsExactly(this.contactGroup);
		assertThat(this.api.ids(bySubject("&q=reuters"))).containsExactly(this.deployed);
		assertThat(this.api.ids(bySubject("&q=intelligence"))).containsExactly(this.deployed);
	}

	@Test
	void qTreatsPercentUnderscoreAndBackslashAsPlainCharacters() {
		String odd = id(ClaimJson.with(ClaimJson.claim(this.subject, "killed", 10, "2025-01-01", "A", "B"), "quote",
				"rose 100% in a_b \\ c"));
		assertThat(this.api.ids(bySubject("&q=100%"))).containsExactly(odd);
		assertThat(this.api.ids(bySubject("&q=%"))).containsExactly(odd);
		assertThat(this.api.ids(bySubject("&q=a_b"))).containsExactly(odd);
		assertThat(this.api.ids(bySubject("&q=_"))).containsExactly(odd);
		assertThat(this.api.ids(bySubject("&q=\\"))).containsExactly(odd);
	}

	@Test
	void sortsByFigureBothWays() {
		assertThat(this.api.ids(bySubject("&sort=figure,asc"))).containsExactly(this.podcast, this.contactGroup,
				this.deployed);
		assertThat(this.api.ids(bySubject("&sort=figure,desc"))).containsExactly(this.deployed, this.contactGroup,
				this.podcast);
	}

	@Test
	void pagesDoNotOverlap() {
		assertThat(this.api.ids(bySubject("&size=2&page=0&sort=createdAt,asc"))).containsExactly(this.podcast,
				this.contactGroup);
		assertThat(this.api.ids(bySubject("&size=2&page=1&sort=createdAt,asc"))).containsExactly(this.deployed);
	}

	@Test
	void retractedClaimsLeaveTheDefaultListingButNotTheOthers() {
		this.http.delete()
			.uri("/api/v1/claims/{id}?reason=duplicate", this.deployed)
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(this.api.ids(bySubject(""))).containsExactly(this.contactGroup, this.podcast);
		assertThat(this.api.ids(bySubject("&status=retracted"))).containsExactly(this.deployed);
		assertThat(this.api.ids(bySubject("&status=all"))).containsExactly(this.contactGroup, this.podcast,
				this.deployed);
	}

	@Test
	void updatedSinceIsTheChangeFeed() {
		Instant before = Instant.now();
		this.http.delete()
			.uri("/api/v1/claims/{id}?reason=duplicate", this.podcast)
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(this.api.ids(bySubject("&status=all&updatedSince=" + before))).containsExactly(this.podcast);
		assertThat(this.api.ids(bySubject("&status=all&updatedSince=2000-01-01T00:00:00Z"))).hasSize(3);
	}

}
