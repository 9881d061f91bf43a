package org.casualtyclaims.apikey;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;

/**
 * With {@code claims.public-read=false} every read needs a key of any role. Asked of a
 * second instance so set, on the plain context's database (so its keys work there too):
 * cheaper than a context, and a database, of its own.
 */
@ApiTest
class PrivateReadIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	SecondInstances instances;

	RestTestClient anonymous;

	@BeforeEach
	void withoutKey() {
		SecondInstance privateRead = this.instances.shared(Map.of("claims.public-read", "false"));
		this.anonymous = RestTestClient.bindToServer().baseUrl(privateRead.baseUrl()).build();
	}

	@Test
	void aReadWithoutAKeyIs401() {
		this.anonymous.get()
			.uri("/api/v1/claims")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"casualty-claims\"")
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.anonymous.get().uri("/api/v1/nothing-here").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theOpenApiDocumentSaysReadsNeedAKeyAndStaysOpenItself() {
		this.anonymous.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/claims'].get.security.length()")
			.isEqualTo(2)
			.jsonPath("$.paths['/api/v1/claims'].get.security[0].bearerKey")
			.exists()
			.jsonPath("$.paths['/api/v1/claims'].get.responses['401'].description")
			.isEqualTo("No API key was sent, or it is unknown or revoked")
			// any valid key may read: no role is too low
			.jsonPath("$.paths['/api/v1/claims'].get.responses['403']")
			.doesNotExist();
	}

	@Test
	void theDashboardFilesStillLoadSoThePageCanSayAKeyIsNeeded() {
		this.anonymous.get().uri("/").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/dashboard.js").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/dashboard/api.js").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/api/v1/deltas/latest").exchange().expectStatus().isUnauthorized();
		this.anonymous.get().uri("/api/v1/deltas/stream").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aReaderKeyMayRead() {
		String readerKey = ApiKeys.issue(this.http, "reader").key();
		this.anonymous.get()
			.uri("/api/v1/claims")
			.header("Authorization", ApiKeys.bearer(readerKey))
			.exchange()
			.expectStatus()
			.isOk();
		this.anonymous.get()
			.uri("/api/v1/nothing-here")
			.header("X-API-Key", readerKey)
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void healthAndTheOpenApiDocumentStayOpen() {
		this.anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
		this.anonymous.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
	}

}
