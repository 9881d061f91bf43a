package org.casualtyclaims.web;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that used to be accepted, or answered 409 or 500: each is a 400 (or 404) problem
 * naming what is wrong, and stores nothing.
 */
@ApiTest
class BadInputIntegrationTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	String subject;

	ClaimApi claims;

	@BeforeEach
	void setUp() {
		this.subject = ClaimJson.uniqueSubject();
		this.claims = new ClaimApi(this.http);
	}

	private void assertBadRequestNaming(RestTestClient.ResponseSpec response, String field) {
		response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Api.errorFields(response)).contains(field);
	}

	@ParameterizedTest
	@ValueSource(strings = { "subject", "speaker", "source", "quote", "sourceUrl" })
	void aNumberWhereTextBelongsIsRefused(String field) {
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), field, 12345)), field);
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@Test
	void aBooleanOrFractionWhereTextBelongsIsRefused() {
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), "speaker", true)), "speaker");
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), "source", 1.5)), "source");
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-01-09T10:00:00Z", "2025-01-09T10:00:00", "20250109", "2025-1-9", "+2025-01-09",
			"2025-02-30" })
	void statedOnIsOnlyACalendarDate(String statedOn) {
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), "statedOn", statedOn)), "statedOn");
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@Test
	void statedOnAsANumberIsRefused() {
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), "statedOn", 20000)), "statedOn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "speaker", "source", "quote" })
	void aNulInAClaimFieldIsRefusedNamingIt(String field) {
		var response = Api.post(this.http, "/api/v1/claims",
				ClaimJson.with(ClaimJson.podcastClaim(this.subject), field, "Zelen\u0000sky"));
		assertBadRequestNaming(response, field);
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@Test
	void aNulInTheSubjectIsRefused() {
		assertBadRequestNaming(Api.post(this.http, "/api/v1/claims", ClaimJson.podcastClaim(this.subject + "\u0000")),
				"subject");
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@Test
	void aNulInAReportOrItsClaimsIsRefusedNamingTheField() {
		Map<String, Object> report = ReportJson.workedExample(this.subject);
		report.put("text", "a\u0000b");
		assertBadRequestNaming(Api.post(this.http, "/api/v1/reports", report), "text");
		Map<String, Object> nested = ReportJson.report("Nul",
				List.of(ClaimJson.with(ClaimJson.podcastClaim(this.subject), "quote", "\u0000")));
		assertBadRequestNaming(Api.post(this.http, "/api/v1/reports", nested), "claims[0].quote");
		assertThat(this.claims.countAll(this.subject)).isZero();
	}

	@Test
	void aNulInAKeyNameIsRefused() {
		assertBadRequestNaming(this.http.post()
			.uri("/api/v1/api-keys")
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "desk\u0000", "role", "reader"))
			.exchange(), "name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims?subject=a%00b", "/api/v1/claims?q=%00", "/api/v1/claims?speaker=%00",
			"/api/v1/claims?source=x%00", "/api/v1/series?subject=%00", "/api/v1/deltas?subject=%00",
			"/api/v1/deltas?speaker=%00", "/api/v1/deltas/latest?subject=%00" })
	void aNulInAQueryFilterIsRefusedNamingIt(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		String name = path.substring(path.indexOf('?') + 1, path.indexOf('='));
		assertThat(Api.json(response.body().getBytes()).get("errors").get(0).get("field").asString()).isEqualTo(name);
	}

	@Test
	void aNulInARetractionReasonIsRefused() {
		java.util.UUID id = this.claims.create(ClaimJson.podcastClaim(this.subject));
		this.http.delete()
			.uri("/api/v1/claims/{id}?reason={reason}", id, "mis\u0000attributed")
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.claims.countAll(this.subject)).isEqualTo(1);
		assertThat(this.claims.ids("subject=" + this.subject)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/series", "/api/v1/deltas/latest", "/api/v1/deltas", "/api/v1/claims" })
	void aSubjectOver200CharactersIsRefused(String path) {
		assertBadRequestNaming(this.http.get().uri(path + "?subject={s}", "x".repeat(201)).exchange(), "subject");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/reports", "/api/v1/claims", "/api/v1/series", "/api/v1/deltas/latest",
			"/api/v1/api-keys" })
	void aPageBeyondAnyOffsetIsRefused(String path) {
		assertBadRequestNaming(this.http.get()
			.uri(path + "?page=2147483647")
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.exchange(), "page");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims?=x", "/api/v1/series?subject=a&=", "/api/v1/reports?=%25",
			"/api/v1/deltas/latest?=1", "/api/v1/deltas?subject=a&=b" })
	void aQueryStringTomcatCannotParseIsBadRequest(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> response = get("/error");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type").orElse(""))
			.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims?statedFrom=%2B9999999-01-01", "/api/v1/claims?statedTo=-0001-01-01",
			"/api/v1/claims?updatedSince=%2B1000000-01-01T00:00:00Z", "/api/v1/deltas?statedFrom=%2B9999999-01-01",
			"/api/v1/deltas?subject=x&statedTo=%2B99999-01-01" })
	void aDateNoDatabaseCanCompareIsRefused(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		String name = path.substring(path.lastIndexOf('&') > 0 ? path.lastIndexOf('&') + 1 : path.indexOf('?') + 1,
				path.lastIndexOf('='));
		JsonNode problem = Api.json(response.body().getBytes());
		assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims/..%2F..%2Fetc", "/api/v1/claims/%2e%2e/%2e%2e/etc", "/api/v1/%2e%2e/",
			"/api/v1/claims/%00", "/api/v1/claims/a%5Cb", "/api/v1/claims;x=1", "/api/v1//claims", "/api/v1/claims/%25",
			"/api/v1/claims/%ZZ", "/api/v1/claims/%C0%AE", "/api/v1/claims/..;/..;/etc" })
	void pathsRefusedBeforeTheApplicationStillAnswerProblemJson(String path) throws Exception {
		// a socket, since HTTP clients refuse to send some of these
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			assertThat(status).isBetween(400, 499);
			String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
			assertThat(head).contains("content-type: " + MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			String body = response.substring(response.indexOf("\r\n\r\n") + 4);
			assertThat(body).contains("\"status\":" + status).doesNotContain("<html", "Tomcat");
		}
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
