package org.casualtyclaims.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.FeedProperties;
import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.report.ReportRequest;
import org.casualtyclaims.series.SubjectListProperties;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.web.ErrorListProperties;
import org.casualtyclaims.web.Paging;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The document at {@code /v3/api-docs}: valid OpenAPI 3.1, equal to the snapshot the test
 * client is generated from and Spectral lints (refresh it after an API change with
 * {@code ./mvnw test -Dtest=OpenApiDocumentIntegrationTests -Dopenapi.snapshot=write}),
 * and stating the limits the service enforces, from the same constants and settings.
 */
@ApiTest
class OpenApiDocumentIntegrationTests {

	static final Path SNAPSHOT = Path.of("src/test/resources/openapi/openapi.json");

	// the OpenAPI Initiative's schema for 3.1 documents, as published (its $id says
	// which)
	static final Path OPENAPI_31_SCHEMA = Path.of("src/test/resources/openapi/oas-3.1-schema.json");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

	@Autowired
	RestTestClient http;

	@Autowired
	ErrorListProperties errorList;

	@Autowired
	FeedProperties feed;

	@Autowired
	SubjectListProperties subjects;

	JsonNode served;

	@BeforeEach
	void fetch() {
		this.served = JSON.readTree(this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(byte[].class)
			.getResponseBody());
	}

	@Test
	void servedDocumentEqualsTheCommittedSnapshot() throws IOException {
		if ("write".equals(System.getProperty("openapi.snapshot"))) {
			Files.writeString(SNAPSHOT, JSON.writeValueAsString(this.served) + "\n");
		}
		assertThat(this.served).as("the served document; refresh the snapshot as this class's comment says")
			.isEqualTo(JSON.readTree(SNAPSHOT.toFile()));
	}

	@Test
	void servedDocumentIsValidOpenApi31() {
		assertThat(this.served.get("openapi").asString()).startsWith("3.1.");
		assertThat(openApi31().validate(this.served)).isEmpty();
	}

	@Test
	void theSchemaCheckFailsADocumentWithoutInfo() {
		ObjectNode broken = (ObjectNode) this.served.deepCopy();
		broken.remove("info");
		assertThat(openApi31().validate(broken)).extracting(Error::getMessage)
			.anySatisfy((message) -> assertThat(message).contains("info"));
	}

	@Test
	void onlyTheApiIsListed() {
		assertThat(this.served.get("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/v1/"))
			.contains("/api/v1/claims", "/api/v1/deltas/latest")
			.doesNotContain("/error");
	}

	@Test
	void everyOperationListsItsErrorsAsProblems() {
		List<String> checked = new ArrayList<>();
		forEachOperation((name, operation) -> {
			JsonNode responses = operation.get("responses");
			for (String status : List.of("400", "401", "429", "500", "503")) {
				assertThat(responses.path(status).path("content").path("application/problem+json").path("schema"))
					.as(name + " " + status)
					.isEqualTo(JSON.readTree("{\"$ref\": \"#/components/schemas/Problem\"}"));
			}
			for (String status : List.of("429", "503")) {
				assertThat(responses.path(status).path("headers").has("Retry-After")).as(name + " " + status).isTrue();
			}
			assertThat(operation.get("tags")).as(name).hasSize(1);
			assertThat(operation.get("description").asString()).as(name).isNotBlank();
			checked.add(name);
		});
		assertThat(checked).hasSizeGreaterThan(15);
	}

	@Test
	void accessIsStatedPerOperationAsTheSecurityRulesEnforceIt() {
		// public reads: a key is optional; writes and key management need one
		assertThat(security("/api/v1/claims", "get")).containsExactly("{}", "{\"bearerKey\":[]}", "{\"headerKey\":[]}");
		assertThat(security("/api/v1/claims", "post")).containsExactly("{\"bearerKey\":[]}", "{\"headerKey\":[]}");
		assertThat(security("/api/v1/api-keys", "get")).containsExactly("{\"bearerKey\":[]}", "{\"headerKey\":[]}");
		assertThat(operation("/api/v1/claims", "post").get("responses").has("403")).isTrue();
		assertThat(operation("/api/v1/api-keys", "get").get("responses").has("403")).isTrue();
		assertThat(operation("/api/v1/claims", "get").get("responses").has("403")).isFalse();
		assertThat(this.served.has("security")).isFalse();
	}

	@Test
	void conditionalReadsListTheir304AndETag() {
		for (String path : List.of("/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/series",
				"/api/v1/deltas/latest")) {
			JsonNode responses = operation(path, "get").get("responses");
			assertThat(responses.has("304")).as(path).isTrue();
			assertThat(responses.path("200").path("headers").has("ETag")).as(path).isTrue();
		}
		assertThat(operation("/api/v1/reports", "get").get("responses").has("304")).isFalse();
	}

	@Test
	void limitsComeFromWhatEnforcesThem() {
		JsonNode schemas = this.served.get("components").get("schemas");
		JsonNode claim = schemas.get("ClaimRequest").get("properties");
		assertThat(claim.get("subject").get("maxLength").asInt()).isEqualTo(ClaimRequest.MAX_TEXT);
		assertThat(claim.get("figure").get("maximum").asLong()).isEqualTo(ClaimRequest.MAX_FIGURE);
		assertThat(claim.get("figure").get("minimum").asLong()).isZero();
		assertThat(claim.get("statedOn").get("format").asString()).isEqualTo("date");
		assertThat(claim.get("category").get("enum")).hasSize(6);
		// a response echoes the request's limits
		assertThat(schemas.get("ClaimResponse").get("properties").get("quote").get("maxLength").asInt())
			.isEqualTo(ClaimRequest.MAX_QUOTE);
		assertThat(schemas.get("ClaimResponse").get("properties").get("id").get("format").asString()).isEqualTo("uuid");
		assertThat(schemas.get("ReportRequest").get("properties").get("claims").get("maxItems").asInt())
			.isEqualTo(ReportRequest.MAX_CLAIMS);
		assertThat(schemas.get("ReportResponse").get("properties").get("claims").get("maxItems").asInt())
			.isEqualTo(ReportRequest.MAX_CLAIMS);
		assertThat(schemas.get("ClaimPage").get("properties").get("content").get("maxItems").asInt())
			.isEqualTo(Paging.MAX_SIZE);
		assertThat(schemas.get("ClaimChangesResponse").get("properties").get("content").get("maxItems").asInt())
			.isEqualTo(this.feed.maxSize());
		assertThat(schemas.get("Problem").get("properties").get("errors").get("maxItems").asInt())
			.isEqualTo(this.errorList.maxListed());
		assertThat(parameter("/api/v1/claims", "get", "size").get("maximum").asInt()).isEqualTo(Paging.MAX_SIZE);
		assertThat(parameter("/api/v1/claims/changes", "get", "size").get("maximum").asInt())
			.isEqualTo(this.feed.maxSize());
		assertThat(parameter("/api/v1/claims", "post", IdempotentExecutor.HEADER).get("maxLength").asInt())
			.isEqualTo(IdempotentExecutor.MAX_KEY_LENGTH);
		assertThat(operation("/api/v1/subjects", "get").at("/responses/200/content/application~1json/schema/maxItems")
			.asInt()).isEqualTo(this.subjects.maxListed());
	}

	@Test
	void everyStringIntegerAndArrayIsBounded() {
		List<String> unbounded = new ArrayList<>();
		collectUnbounded("", this.served, unbounded);
		assertThat(unbounded).isEmpty();
	}

	private static void collectUnbounded(String at, JsonNode node, List<String> unbounded) {
		if (node.isObject()) {
			String type = node.path("type").asString("");
			boolean bounded = switch (type) {
				case "string" -> node.has("maxLength") || node.has("enum");
				case "integer" -> node.has("minimum") && node.has("maximum");
				case "array" -> node.has("maxItems");
				default -> true;
			};
			if (!bounded) {
				unbounded.add(at);
			}
			node.properties()
				.forEach((entry) -> collectUnbounded(at + "/" + entry.getKey(), entry.getValue(), unbounded));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectUnbounded(at + "/" + i, node.get(i), unbounded);
			}
		}
	}

	private List<String> security(String path, String method) {
		return operation(path, method).get("security").valueStream().map(JsonNode::toString).toList();
	}

	private JsonNode operation(String path, String method) {
		return this.served.get("paths").get(path).get(method);
	}

	private JsonNode parameter(String path, String method, String name) {
		return operation(path, method).get("parameters")
			.valueStream()
			.filter((parameter) -> parameter.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("schema");
	}

	private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
		for (Map.Entry<String, JsonNode> path : this.served.get("paths").properties()) {
			for (String method : METHODS) {
				if (path.getValue().has(method)) {
					check.accept(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method));
				}
			}
		}
	}

	// the schema refers to the OpenAPI dialect of JSON Schema and its vocabulary by their
	// ids: read them from the checked-in copies, never from the network
	private static Schema openApi31() {
		return SchemaRegistry
			.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, (registry) -> registry
				.schemaLoader((loader) -> loader.schemaIdResolvers((ids) -> ids
					.mapPrefix("https://spec.openapis.org/oas/3.1/dialect/base",
							"classpath:openapi/oas-3.1-dialect.json")
					.mapPrefix("https://spec.openapis.org/oas/3.1/meta/base", "classpath:openapi/oas-3.1-meta.json"))))
			.getSchema(JSON.readTree(OPENAPI_31_SCHEMA.toFile()));
	}

}
