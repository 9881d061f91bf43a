package org.casualtyclaims.openapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.client.ApiClient;
import org.casualtyclaims.client.ApiException;
import org.casualtyclaims.client.api.ClaimsApi;
import org.casualtyclaims.client.api.DeltasApi;
import org.casualtyclaims.client.model.ClaimRequest;
import org.casualtyclaims.client.model.ClaimResponse;
import org.casualtyclaims.client.model.DeltaPage;
import org.casualtyclaims.client.model.DeltaResponse;
import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The worked example through a client generated from the committed OpenAPI snapshot
 * (openapi-generator's Java client, {@code generate-test-sources}), as an integrating
 * team would use it. Its JSON reader refuses unknown properties, so a field the service
 * sends but the document does not describe fails here.
 */
@ApiTest
class GeneratedClientIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiKeyService keys;

	ClaimsApi claims;

	DeltasApi deltas;

	@BeforeEach
	void client() {
		String key = this.keys.issue("generated-client-" + UUID.randomUUID(), Role.ANALYST, "test-support").key();
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + this.port);
		client.setObjectMapper(
				ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
		client.setRequestInterceptor((request) -> request.header("Authorization", "Bearer " + key));
		this.claims = new ClaimsApi(client);
		this.deltas = new DeltasApi(client);
	}

	@Test
	void theWorkedExampleThroughTheGeneratedClient() throws ApiException {
		// a subject of its own, so other tests' claims on the shared database stay out
		String subject = "North Korean soldiers " + UUID.randomUUID();
		ClaimResponse podcast = this.claims.createClaim(claim(subject, 3_800, "2025-01-05", "Lex Fridman podcast"),
				null);
		ClaimResponse contactGroup = this.claims
			.createClaim(claim(subject, 4_000, "2025-01-09", "Ukraine Defense Contact Group"), null);
		assertThat(contactGroup.getVersion()).isEqualTo(1);

		DeltaResponse between = this.deltas.getDeltaBetween(podcast.getId(), contactGroup.getId());
		assertWorkedExample(between);

		DeltaPage listed = this.deltas.listDeltas(subject, "casualties", null, null, null, null, null, null, null);
		assertThat(listed.getContent()).singleElement().satisfies(GeneratedClientIntegrationTests::assertWorkedExample);
		assertThat(listed.getPage().getTotalElements()).isEqualTo(1);
	}

	@Test
	void anErrorArrivesAsTheDocumentedProblem() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.claims.getClaim(UUID.randomUUID(), null))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(404);
				assertThat(ex.getResponseBody())
					.contains("\"type\":\"https://casualty-claims.org/problems/not-found\"");
			});
	}

	private static void assertWorkedExample(DeltaResponse delta) {
		assertThat(delta.getChange()).isEqualTo(200);
		assertThat(delta.getDays()).isEqualTo(4);
		assertThat(delta.getPerDay()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(delta.getPercentChange()).isEqualByComparingTo(new BigDecimal("5.26"));
		assertThat(delta.getDirection()).isEqualTo(DeltaResponse.DirectionEnum.INCREASE);
		assertThat(delta.getSameSpeaker()).isTrue();
		assertThat(delta.getCaveats()).isEmpty();
	}

	private static ClaimRequest claim(String subject, long figure, String statedOn, String source) {
		return new ClaimRequest().subject(subject)
			.category(ClaimRequest.CategoryEnum.CASUALTIES)
			.figure(figure)
			.speaker("Volodymyr Zelensky")
			.source(source)
			.statedOn(LocalDate.parse(statedOn));
	}

}
