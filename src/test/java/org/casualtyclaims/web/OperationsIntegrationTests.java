package org.casualtyclaims.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.ThrowawayDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, OpenAPI and Swagger UI: what operators and client authors rely on. */
@ApiTest
class OperationsIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcConnectionDetails database;

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
	void healthIsDownWhenTheDatabaseStopsAnswering() throws InterruptedException {
		ThrowawayDatabase own = ThrowawayDatabase.create(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
		try (SecondInstance instance = SecondInstance.sharing(own.connectionDetails(),
				Map.of("spring.datasource.hikari.connection-timeout", "1000"))) {
			RestTestClient client = RestTestClient.bindToServer().baseUrl(instance.baseUrl()).build();
			client.get().uri("/actuator/health").exchange().expectStatus().isOk();
			own.drop();
			client.get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("DOWN")
				.jsonPath("$.components.db.status")
				.isEqualTo("DOWN");
		}
		finally {
			own.drop();
		}
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
