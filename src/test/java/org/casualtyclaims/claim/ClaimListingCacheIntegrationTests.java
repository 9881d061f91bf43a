package org.casualtyclaims.claim;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listings and a subject's deltas are kept as bytes between writes (and a repeat without
 * a key is answered ahead of MVC): every write shows in the next read.
 */
@ApiTest
class ClaimListingCacheIntegrationTests {

	@Autowired
	RestTestClient http;

	private String read(String uri, String subject) {
		return TestKeys.withoutDefaultKey(this.http)
			.get()
			.uri(uri, subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.exists("ETag")
			.returnResult(String.class)
			.getResponseBody();
	}

	@Test
	void aListingShowsEveryWriteAtOnce() {
		String subject = ClaimJson.uniqueSubject();
		String listing = "/api/v1/claims?subject={s}";
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(ClaimJson.podcastClaim(subject));
		assertThat(read(listing, subject)).contains("3800").doesNotContain("4000");
		assertThat(read(listing, subject)).contains("3800").doesNotContain("4000");

		UUID id = claims.create(ClaimJson.contactGroupClaim(subject));
		assertThat(read(listing, subject)).contains("4000").contains("\"totalElements\":2");
		claims.retract(id);
		assertThat(read(listing, subject)).doesNotContain("4000").contains("\"totalElements\":1");
	}

	@Test
	void aSubjectsDeltasShowEveryWriteAtOnce() {
		String subject = ClaimJson.uniqueSubject();
		String deltas = "/api/v1/deltas?subject={s}";
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(ClaimJson.podcastClaim(subject));
		assertThat(read(deltas, subject)).contains("\"content\":[]");
		assertThat(read(deltas, subject)).contains("\"content\":[]");
		claims.create(ClaimJson.contactGroupClaim(subject));
		assertThat(read(deltas, subject)).contains("\"change\":200");
	}

}
