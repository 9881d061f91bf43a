package org.casualtyclaims.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, OpenAPI and Swagger UI: what operators and client authors rely on. */
@ApiTest
class OperationsIntegrationTests {

	@Autowired
	RestTestClient http;

	// health going DOWN with a lost database: persistence/DatabaseTimeoutIntegrationTests
	@Test
	void healthIsUpWhileTheDatabaseAnswers() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.db.status")
			.isEqualTo("UP");
	}

	@Test
	void openApiDocumentDescribesTheClaimsResource() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.openapi")
			.value(String.class, (version) -> assertThat(version).startsWith("3."))
			.jsonPath("$.paths['/api/v1/claims'].post")
			.exists()
			.jsonPath("$.paths['/api/v1/claims/{id}'].get")
			.exists();
	}

	@Test
	void swaggerUiIsServed() {
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk();
		this.http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

}
