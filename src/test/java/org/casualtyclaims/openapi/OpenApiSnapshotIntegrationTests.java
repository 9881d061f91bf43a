package org.casualtyclaims.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served document equals the snapshot in {@code src/test/resources/openapi}, from
 * which the test client is generated and which Spectral lints, so neither can drift from
 * what the service really serves. Refresh it after an API change with
 * {@code ./mvnw test -Dtest=OpenApiSnapshotIntegrationTests -Dopenapi.snapshot=write}.
 */
@ApiTest
class OpenApiSnapshotIntegrationTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Autowired
	RestTestClient http;

	@Test
	void servedDocumentEqualsTheCommittedSnapshot() throws IOException {
		JsonNode served = JSON.readTree(this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody());
		if ("write".equals(System.getProperty("openapi.snapshot"))) {
			Files.writeString(SNAPSHOT, JSON.writeValueAsString(served) + "\n");
		}
		assertThat(served).as("the served document; refresh the snapshot as this class's comment says")
			.isEqualTo(JSON.readTree(SNAPSHOT.toFile()));
	}

}
