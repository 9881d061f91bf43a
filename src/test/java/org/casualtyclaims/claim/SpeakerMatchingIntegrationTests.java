package org.casualtyclaims.claim;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.claim;

/**
 * {@code speaker=} means the same on /claims and /deltas: equal after PostgreSQL's
 * {@code lower()} on both sides, letter by letter. Upper and lower case Greek match (Σ
 * and σ); an accent is not case, so "Οδυσσέας" is another speaker.
 */
@ApiTest
class SpeakerMatchingIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void greekCapitalsMatchOnBothEndpoints() {
		String subject = "Ithaca " + UUID.randomUUID();
		ClaimApi claims = new ClaimApi(this.http);
		UUID shouted = claims.create(claim(subject, "killed", 100, "2025-01-01", "ΟΔΥΣΣΕΑΣ", "Homer"));
		UUID lowered = claims.create(claim(subject, "killed", 110, "2025-01-02", "οδυσσεασ", "Homer"));
		UUID accented = claims.create(claim(subject, "killed", 120, "2025-01-03", "Οδυσσέας", "Homer"));

		assertThat(claims.ids("subject=" + subject + "&speaker=ΟΔΥΣΣΕΑΣ")).containsExactly(lowered.toString(),
				shouted.toString());
		assertThat(claims.ids("subject=" + subject + "&speaker=οδυσσέας")).containsExactly(accented.toString());

		this.http.get()
			.uri("/api/v1/deltas?subject=" + subject + "&speaker=ΟΔΥΣΣΕΑΣ")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.page.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].from.id")
			.isEqualTo(shouted.toString())
			.jsonPath("$.content[0].to.id")
			.isEqualTo(lowered.toString())
			.jsonPath("$.content[0].sameSpeaker")
			.isEqualTo(true);
	}

}
