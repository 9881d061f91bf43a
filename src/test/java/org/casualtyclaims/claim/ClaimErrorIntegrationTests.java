package org.casualtyclaims.claim;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the contract's error table that applies to claims: the status, a
 * problem+json body without internals, and nothing stored.
 */
@ApiTest
class ClaimErrorIntegrationTests {

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	ClaimApi api;

	String subject;

	@BeforeEach
	void setUp() {
		this.api = new ClaimApi(this.http);
		this.subject = ClaimJson.uniqueSubject();
	}

	private RestTestClient.ResponseSpec postRaw(String json) {
		return Api.post(this.http, "/api/v1/claims", json);
	}

	private RestTestClient.ResponseSpec post(Map<String, Object> claim) {
		return Api.post(this.http, "/api/v1/claims", claim);
	}

	private static void assertProblem(RestTestClient.ResponseSpec response, HttpStatus status) {
		response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(status.value())
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist()
			.jsonPath("$.detail")
			.value(String.class,
					(detail) -> assertThat(detail).doesNotContain("java.", "Exception", "SQL", "tools.jackson"));
	}

	private void assertNothingStored() {
		assertThat(this.api.countAll(this.subject)).isZero();
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(Arguments.of("not json at all"), Arguments.of("{\"subject\": \"x\", "),
				Arguments.of("{\"subject\": \"x\"} trailing"), Arguments.of(""), Arguments.of("[]"));
	}

	@ParameterizedTest
	@MethodSource("malformedBodies")
	void malformedOrTruncatedJsonIsBadRequest(String body) {
		assertProblem(postRaw(body.replace("\"x\"", "\"" + this.subject + "\"")), HttpStatus.BAD_REQUEST);
		assertNothingStored();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"4000\"", "1.5", "4000.0", "true", "[4000]", "{}" })
	void figureMustBeAJsonInteger(String figure) {
		String json = "{\"subject\":\"" + this.subject + "\",\"category\":\"casualties\",\"figure\":" + figure
				+ ",\"speaker\":\"Zelensky\",\"source\":\"Interfax\",\"statedOn\":\"2025-01-09\"}";
		postRaw(json).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("figure")
			.jsonPath("$.errors[0].message")
			.value(String.class, (m) -> assertThat(m).doesNotContain("java."));
		assertNothingStored();
	}

	@Test
	void unknownPropertyIsBadRequestNamingIt() {
		Map<String, Object> claim = ClaimJson.with(ClaimJson.podcastClaim(this.subject), "figureLo", 3000);
		post(claim).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("figureLo")
			.jsonPath("$.errors[0].message")
			.isEqualTo("is not a known property");
		assertNothingStored();
	}

	@Test
	void readOnlyFieldsCannotBeWritten() {
		post(ClaimJson.with(ClaimJson.podcastClaim(this.subject), "version", 7)).expectStatus().isBadRequest();
		post(ClaimJson.with(ClaimJson.podcastClaim(this.subject), "status", "retracted")).expectStatus().isBadRequest();
		assertNothingStored();
	}

	@Test
	void missingRequiredFieldsAreListed() {
		postRaw("{}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors.length()")
			.isEqualTo(6)
			.jsonPath("$.errors[?(@.field == 'subject')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'category')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'figure')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'speaker')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'source')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'statedOn')]")
			.exists();
	}

	static Stream<Arguments> invalidFields() {
		String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
		return Stream.of(Arguments.of("figure", -1L, "figure"), Arguments.of("figure", 100_000_001L, "figure"),
				Arguments.of("figureLow", 5000L, "figureLow"), Arguments.of("figureHigh", 3000L, "figureHigh"),
				Arguments.of("subject", "   ", "subject"), Arguments.of("subject", "x".repeat(201), "subject"),
				Arguments.of("speaker", "", "speaker"), Arguments.of("source", "y".repeat(201), "source"),
				Arguments.of("statedOn", tomorrow, "statedOn"), Arguments.of("statedOn", "1899-12-31", "statedOn"),
				Arguments.of("statedOn", "2025-02-30", "statedOn"), Arguments.of("statedOn", "09/01/2025", "statedOn"),
				Arguments.of("category", "injured", "category"), Arguments.of("qualifier", "roughly", "qualifier"),
				Arguments.of("sourceUrl", "ftp://example.org/x", "sourceUrl"),
				Arguments.of("sourceUrl", "not a url", "sourceUrl"),
				Arguments.of("sourceUrl", "/relative", "sourceUrl"),
				Arguments.of("sourceUrl", "https://example.org/" + "a".repeat(2000), "sourceUrl"),
				Arguments.of("quote", "q".repeat(5001), "quote"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidFields")
	void invalidFieldIsBadRequestNamingTheField(String field, Object value, String reported) {
		post(ClaimJson.with(ClaimJson.podcastClaim(this.subject), field, value)).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(reported)
			.jsonPath("$.errors[0].message")
			.isNotEmpty();
		assertNothingStored();
	}

	@Test
	void boundsAroundTheFigureAreAccepted() {
		Map<String, Object> claim = ClaimJson.with(ClaimJson.podcastClaim(this.subject), "figureLow", 3000);
		claim = ClaimJson.with(claim, "figureHigh", 3800);
		claim = ClaimJson.with(claim, "qualifier", "approximately");
		post(claim).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.figureLow")
			.isEqualTo(3000)
			.jsonPath("$.figureHigh")
			.isEqualTo(3800)
			.jsonPath("$.qualifier")
			.isEqualTo("approximately");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sort=speaker,asc", "sort=figure,sideways", "sort=", "size=0", "size=501", "page=-1",
			"size=abc", "statedFrom=2025-13-01", "statedTo=yesterday", "updatedSince=2025-01-01", "category=injured",
			"status=deleted" })
	void badQueryParameterIsBadRequest(String query) {
		this.http.get()
			.uri("/api/v1/claims?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(query.substring(0, query.indexOf('=')))
			.jsonPath("$.errors[0].message")
			.value(String.class, (m) -> assertThat(m).doesNotContain("java."));
	}

	@Test
	void sizeOf500IsAllowed() {
		this.http.get().uri("/api/v1/claims?size=500").exchange().expectStatus().isOk();
	}

	@Test
	void malformedIdIsBadRequest() {
		assertProblem(this.http.get().uri("/api/v1/claims/not-a-uuid").exchange(), HttpStatus.BAD_REQUEST);
	}

	@Test
	void unknownRouteIsNotFound() {
		assertProblem(this.http.get().uri("/api/v1/nothing-here").exchange(), HttpStatus.NOT_FOUND);
		assertProblem(this.http.get().uri("/no/such/page").exchange(), HttpStatus.NOT_FOUND);
	}

	@Test
	void wrongMethodIsMethodNotAllowed() {
		assertProblem(this.http.patch().uri("/api/v1/claims").exchange(), HttpStatus.METHOD_NOT_ALLOWED);
	}

	@Test
	void bodyThatIsNotJsonIsUnsupportedMediaType() {
		assertProblem(this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.TEXT_PLAIN)
			.body("subject=" + this.subject)
			.exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertProblem(this.http.post()
			.uri("/api/v1/claims")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("subject=" + this.subject)
			.exchange(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		assertNothingStored();
	}

	@Test
	void bodyOverOneMebibyteIsContentTooLarge() {
		Map<String, Object> claim = ClaimJson.with(ClaimJson.podcastClaim(this.subject), "quote",
				"q".repeat(1024 * 1024));
		assertProblem(post(claim), HttpStatus.CONTENT_TOO_LARGE);
		assertNothingStored();
	}

	@Test
	void chunkedBodyOverOneMebibyteIsContentTooLarge() throws Exception {
		String json = "{\"subject\":\"" + this.subject + "\",\"quote\":\"" + "q".repeat(1024 * 1024) + "\"}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/claims"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			// an input stream of unknown length goes out chunked, without Content-Length
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertNothingStored();
	}

	@Test
	void problemsNeverCarryAStackTrace() {
		postRaw("{\"figure\": ").expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("at org.", "Exception", "tools.jackson"));
		this.http.get()
			.uri("/api/v1/claims/zzz")
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("UUID", "java."));
	}

}
