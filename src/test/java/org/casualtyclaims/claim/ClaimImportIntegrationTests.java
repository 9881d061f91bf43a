package org.casualtyclaims.claim;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;
import org.casualtyclaims.support.Transfers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/claims/import: the rules of POST /claims, row by row, over HTTP. */
@ApiTest
class ClaimImportIntegrationTests {

	private static final String HEADER = "subject,category,figure,figureLow,speaker,source,statedOn,quote";

	@Autowired
	RestTestClient http;

	@LocalServerPort
	int port;

	@Test
	void storesEveryRowAndSeriesAndDeltasFollow() {
		String subject = ClaimJson.uniqueSubject();
		String deltas = "/api/v1/deltas?subject=" + subject;
		// read (and cached) before the import: the import must drop it
		assertThat(Api.json(this.http.get().uri(deltas).exchange().expectStatus().isOk()).get("content")).isEmpty();

		JsonNode result = Api.json(Transfers
			.importCsv(this.http, "",
					Transfers.csv(HEADER, row(subject, "3800", "", "2025-01-05", ""),
							row(subject, "4000", "", "2025-01-09", "\"4,000 killed or wounded\"")))
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON));

		assertThat(result.get("mode").asString()).isEqualTo("all");
		assertThat(result.get("rowsRead").asLong()).isEqualTo(2);
		assertThat(result.get("stored").asLong()).isEqualTo(2);
		assertThat(result.get("rejected").asLong()).isZero();
		JsonNode delta = Api.json(this.http.get().uri(deltas).exchange().expectStatus().isOk()).get("content").get(0);
		assertThat(delta.get("change").asLong()).isEqualTo(200);
		assertThat(delta.get("perDay").asString()).isEqualTo("50.0");
		assertThat(delta.get("to").get("figure").asLong()).isEqualTo(4000);
		JsonNode series = Api.json(this.http.get().uri("/api/v1/series?subject=" + subject).exchange());
		assertThat(series.get("content").get(0).get("claimCount").asInt()).isEqualTo(2);
	}

	private static String row(String subject, String figure, String figureLow, String statedOn, String quote) {
		return String.join(",", subject, "casualties", figure, figureLow, "Volodymyr Zelensky", "Interfax-Ukraine",
				statedOn, quote);
	}

	@Test
	void allOrNothingNamesEachBadRowAndStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		String csv = Transfers.csv(HEADER, row(subject, "3800", "", "2025-01-05", ""),
				row(subject, "4000.5", "", "2025-01-09", ""), row(subject, "4000", "4500", "2025-01-09", ""),
				row(subject, "1", "", "9999-01-01", ""), subject + ",eaten,1,,s,s,2025-01-01,",
				row("", "1", "", "2025-01-01", ""), row(subject, "1", "", "2025-01-01", "") + ",extra");

		var response = Transfers.importCsv(this.http, "", csv)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);

		assertThat(Api.errorFields(response)).containsExactly("rows[1].figure", "rows[2].figureLow", "rows[3].statedOn",
				"rows[4].category", "rows[5].subject", "rows[6]");
		assertThat(new ClaimApi(this.http).countAll(subject)).isZero();
	}

	@Test
	void partialStoresTheValidRowsAndReportsTheRest() {
		String subject = ClaimJson.uniqueSubject();
		String csv = Transfers.csv(HEADER, row(subject, "3800", "", "2025-01-05", ""),
				row(subject, "x", "", "2025-01-09", ""), row(subject, "4000", "", "2025-01-09", ""));

		JsonNode result = Api.json(Transfers.importCsv(this.http, "?mode=partial", csv).expectStatus().isOk());

		assertThat(result.get("stored").asLong()).isEqualTo(2);
		assertThat(result.get("rejected").asLong()).isEqualTo(1);
		assertThat(result.get("errors").get(0).get("field").asString()).isEqualTo("rows[1].figure");
		assertThat(new ClaimApi(this.http).countAll(subject)).isEqualTo(2);
	}

	@Test
	void listsAtMostAHundredRowErrorsAndCountsTheRest() {
		String subject = ClaimJson.uniqueSubject();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 150; i++) {
			rows.add(row(subject, "-" + (i + 1), "", "2025-01-05", ""));
		}
		JsonNode problem = Api
			.json(Transfers.importCsv(this.http, "", Transfers.csv(HEADER, rows.toArray(String[]::new)))
				.expectStatus()
				.isBadRequest());
		assertThat(problem.get("errors")).hasSize(100);
		assertThat(problem.get("errorsOmitted").asLong()).isEqualTo(50);
	}

	@Test
	void aHeaderWithUnknownOrMissingColumnsIs400() {
		JsonNode problem = Api.json(Transfers
			.importCsv(this.http, "", "subject,category,figur,speaker,source,statedOn\r\nx,killed,1,s,s,2025-01-01\r\n")
			.expectStatus()
			.isBadRequest());
		assertThat(problem.get("errors").toString()).contains("header[2]", "'figur' is not a claim field",
				"has no column 'figure'");
		Transfers.importCsv(this.http, "", "").expectStatus().isBadRequest();
		Transfers.importCsv(this.http, "?mode=some", Transfers.csv(HEADER)).expectStatus().isBadRequest();
	}

	@Test
	void anOpenQuoteIs400AndStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		Transfers.importCsv(this.http, "", Transfers.csv(HEADER, row(subject, "1", "", "2025-01-05", ""),
				row(subject, "2", "", "2025-01-05", "\"never closed")))
			.expectStatus()
			.isBadRequest();
		assertThat(new ClaimApi(this.http).countAll(subject)).isZero();
	}

	@Test
	void theFormulaGuardIsUndoneAndNullDiffersFromEmpty() {
		String subject = ClaimJson.uniqueSubject();
		Transfers
			.importCsv(this.http, "",
					Transfers.csv(HEADER, row(subject, "1", "", "2025-01-05", "'=1+1"),
							row(subject, "2", "", "2025-01-05", "\"\""), row(subject, "3", "", "2025-01-05", "")))
			.expectStatus()
			.isOk();
		JsonNode claims = Api.allClaimsOf(this.http, subject).get("content");
		List<String> quotes = new ArrayList<>();
		claims.forEach((c) -> quotes.add(c.get("figure").asLong() + ":"
				+ (c.get("quote").isNull() ? "null" : "[" + c.get("quote").asString() + "]")));
		assertThat(quotes).containsExactlyInAnyOrder("1:[=1+1]", "2:[]", "3:null");
	}

	@Test
	void anIdIsKeptAndATakenIdIsTheRowsError() {
		String subject = ClaimJson.uniqueSubject();
		String id = java.util.UUID.randomUUID().toString();
		String csv = Transfers.csv("id," + HEADER, id + "," + row(subject, "1", "", "2025-01-05", ""));
		Transfers.importCsv(this.http, "", csv).expectStatus().isOk();
		this.http.get().uri("/api/v1/claims/" + id).exchange().expectStatus().isOk();

		assertThat(Api.errorFields(Transfers.importCsv(this.http, "", csv).expectStatus().isBadRequest()))
			.containsExactly("rows[0].id");
		String twice = Transfers.csv("id," + HEADER, "," + row(subject, "2", "", "2025-01-05", ""),
				id + "," + row(subject, "3", "", "2025-01-05", ""));
		JsonNode partial = Api.json(Transfers.importCsv(this.http, "?mode=partial", twice).expectStatus().isOk());
		assertThat(partial.get("stored").asLong()).isEqualTo(1);
		assertThat(new ClaimApi(this.http).countAll(subject)).isEqualTo(2);
	}

	@Test
	void anAnalystImportsAsItselfAndIsToldWhichColumnsWereIgnored() {
		String subject = ClaimJson.uniqueSubject();
		String csv = Transfers.csv(HEADER + ",createdBy,createdAt,version",
				row(subject, "1", "", "2025-01-05", "") + ",someone else,2020-01-01T00:00:00Z,7");

		JsonNode result = Api.json(Transfers.importCsv(this.http, "", csv).expectStatus().isOk());

		assertThat(result.get("ignoredColumns").toString()).isEqualTo("[\"createdAt\",\"createdBy\",\"version\"]");
		JsonNode claim = Api.allClaimsOf(this.http, subject).get("content").get(0);
		assertThat(claim.get("createdBy").asString()).isEqualTo(TestKeys.DEFAULT_KEY_NAME);
		assertThat(claim.get("version").asInt()).isEqualTo(1);
	}

	@Test
	void anAdminRestoreKeepsAuthorAndInstant() {
		String subject = ClaimJson.uniqueSubject();
		String csv = Transfers.csv(HEADER + ",createdBy,createdAt",
				row(subject, "1", "", "2025-01-05", "") + ",kursk-desk,2025-01-10T08:00:00.123456Z");
		this.http.post()
			.uri("/api/v1/claims/import")
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv.getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk();
		JsonNode claim = Api.allClaimsOf(this.http, subject).get("content").get(0);
		assertThat(claim.get("createdBy").asString()).isEqualTo("kursk-desk");
		assertThat(claim.get("createdAt").asString()).isEqualTo("2025-01-10T08:00:00.123456Z");
		assertThat(claim.get("updatedAt").asString()).isEqualTo("2025-01-10T08:00:00.123456Z");
	}

	@Test
	void theSameIdempotencyKeyReplaysAndAnotherBodyIs422() {
		String subject = ClaimJson.uniqueSubject();
		String key = "import-" + subject;
		String csv = Transfers.csv(HEADER, row(subject, "1", "", "2025-01-05", ""));
		byte[] first = post(key, csv).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
		byte[] again = post(key, csv).expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();

		assertThat(Api.json(again)).isEqualTo(Api.json(first));
		assertThat(new ClaimApi(this.http).countAll(subject)).isEqualTo(1);
		post(key, csv + row(subject, "2", "", "2025-01-05", "") + "\r\n").expectStatus().isEqualTo(422);
		assertThat(new ClaimApi(this.http).countAll(subject)).isEqualTo(1);
	}

	private RestTestClient.ResponseSpec post(String key, String csv) {
		return this.http.post()
			.uri("/api/v1/claims/import")
			.header("Idempotency-Key", key)
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(csv.getBytes(StandardCharsets.UTF_8))
			.exchange();
	}

	@Test
	void progressStreamsAsNdjsonAndEndsWithTheOutcome() {
		String subject = ClaimJson.uniqueSubject();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 25_000; i++) {
			rows.add(row(subject, Integer.toString(i), "", "2025-01-05", ""));
		}
		String body = new String(this.http.post()
			.uri("/api/v1/claims/import")
			.header("Accept", "application/x-ndjson")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(Transfers.csv(HEADER, rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/x-ndjson")
			.expectBody()
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);

		List<JsonNode> lines = body.lines().map((line) -> Api.json(line.getBytes())).toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).get("rowsRead").asLong()).isEqualTo(10_000);
		assertThat(lines.get(1).get("rowsRead").asLong()).isEqualTo(20_000);
		assertThat(lines.get(2).get("done").asBoolean()).isTrue();
		assertThat(lines.get(2).get("status").asInt()).isEqualTo(200);
		assertThat(lines.get(2).get("result").get("stored").asLong()).isEqualTo(25_000);
	}

	@Test
	void aStreamedImportThatFailsSaysSoInItsLastLineAndStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 10_001; i++) {
			rows.add(row(subject, (i == 10_000) ? "bad" : Integer.toString(i), "", "2025-01-05", ""));
		}
		String body = new String(this.http.post()
			.uri("/api/v1/claims/import")
			.header("Accept", "application/x-ndjson")
			.contentType(MediaType.parseMediaType("text/csv"))
			.body(Transfers.csv(HEADER, rows.toArray(String[]::new)).getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBodyContent(), StandardCharsets.UTF_8);

		JsonNode last = Api.json(body.lines().reduce((a, b) -> b).orElseThrow().getBytes());
		assertThat(last.get("status").asInt()).isEqualTo(400);
		assertThat(last.get("problem").get("errors").get(0).get("field").asString()).isEqualTo("rows[10000].figure");
		assertThat(new ClaimApi(this.http).countAll(subject)).isZero();
	}

	@Test
	void needsAnAnalystKeyAndACsvBody() {
		String csv = Transfers.csv(HEADER, row(ClaimJson.uniqueSubject(), "1", "", "2025-01-05", ""));
		RestTestClient anonymous = TestKeys.withoutDefaultKey(this.http);
		Transfers.importCsv(anonymous, "", csv).expectStatus().isUnauthorized();
		this.http.post()
			.uri("/api/v1/claims/import")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
		this.http.post()
			.uri("/api/v1/claims/import")
			.contentType(MediaType.parseMediaType("text/csv;charset=ISO-8859-1"))
			.body(csv.getBytes(StandardCharsets.ISO_8859_1))
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	@Test
	void aBodyDeclaredOverTheLimitIs413BeforeItIsRead() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/claims/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
					+ TestKeys.ADMIN_KEY + "\r\nContent-Type: text/csv\r\nContent-Length: 999999999999\r\n"
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
			assertThat(status).isEqualTo("HTTP/1.1 413");
		}
	}

}
