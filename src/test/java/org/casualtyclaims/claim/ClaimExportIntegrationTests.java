package org.casualtyclaims.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;
import org.casualtyclaims.support.Transfers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/claims as CSV and NDJSON: the filters, RFC 4180, the formula guard. */
@ApiTest
class ClaimExportIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void csvHasAHeaderRowCrlfQuotingAndTheFormulaGuard() {
		String subject = ClaimJson.uniqueSubject();
		Map<String, Object> claim = ClaimJson.with(ClaimJson.podcastClaim(subject), "quote",
				"=HYPERLINK(\"http://x\"), said \"he\"\nnext line");
		claim = ClaimJson.with(claim, "speaker", "@Zelensky, V.");
		Map<String, Object> stored = new ClaimApi(this.http).createAndRead(claim);

		String csv = Transfers.export(this.http, "/api/v1/claims?subject=" + subject, "text/csv");

		assertThat(csv).startsWith(Transfers.CLAIM_HEADER + "\r\n").endsWith("\r\n");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\"), said \"\"he\"\"\nnext line\"");
		assertThat(csv).contains(",\"'@Zelensky, V.\",");
		List<String[]> rows = Transfers.parse(csv);
		assertThat(rows).hasSize(2);
		assertThat(java.util.Arrays.asList(rows.get(1)).subList(0, 12)).containsExactly((String) stored.get("id"),
				subject, "casualties", "3800", null, null, "exact", "'@Zelensky, V.", "Lex Fridman podcast", null,
				"2025-01-05", "'=HYPERLINK(\"http://x\"), said \"he\"\nnext line");
	}

	@Test
	void ndjsonLinesAreTheListingsItems() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		api.create(ClaimJson.contactGroupClaim(subject));

		String ndjson = Transfers.export(this.http, "/api/v1/claims?subject=" + subject, "application/x-ndjson");

		List<JsonNode> lines = ndjson.lines().map((line) -> Api.json(line.getBytes())).toList();
		JsonNode page = Api.json(this.http.get()
			.uri("/api/v1/claims?sort=statedOn,asc&subject=" + subject)
			.exchange()
			.expectStatus()
			.isOk());
		List<JsonNode> items = new ArrayList<>();
		page.get("content").forEach(items::add);
		assertThat(ndjson).endsWith("\n");
		assertThat(lines).containsExactlyInAnyOrderElementsOf(items);
		assertThat(lines.stream().map((line) -> line.get("id").asString()).toList()).isSorted();
	}

	@Test
	void theFiltersOfTheListingApply() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		api.create(ClaimJson.contactGroupClaim(subject));
		api.retract(api.create(ClaimJson.claim(subject, "killed", 10, "2025-01-01", "s", "s")));

		assertThat(exportedFigures("subject=" + subject)).containsExactlyInAnyOrder("3800", "4000");
		assertThat(exportedFigures("subject=" + subject + "&statedFrom=2025-01-06")).containsExactly("4000");
		assertThat(exportedFigures("subject=" + subject + "&status=retracted")).containsExactly("10");
		assertThat(exportedFigures("subject=" + subject + "&q=soldiers&status=all")).containsExactly("4000");
	}

	private List<String> exportedFigures(String query) {
		String csv = Transfers.export(this.http, "/api/v1/claims?" + query, "text/csv");
		return Transfers.parse(csv).stream().skip(1).map((row) -> row[3]).toList();
	}

	@Test
	void formatParameterServesBrowsersAsAnAttachment() {
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		this.http.get()
			.uri("/api/v1/claims?format=csv&subject=" + subject)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=utf-8;header=present")
			.expectHeader()
			.valueEquals("Content-Disposition", "attachment; filename=\"claims.csv\"")
			.expectHeader()
			.exists("X-Change-Cursor");
		this.http.get()
			.uri("/api/v1/claims?format=ndjson&subject=" + subject)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/x-ndjson;charset=utf-8");
	}

	@Test
	void anUnknownFormatOrAPagingParameterIs400() {
		this.http.get().uri("/api/v1/claims?format=xml").exchange().expectStatus().isBadRequest();
		for (String paging : List.of("page=1", "size=10", "sort=figure,asc")) {
			assertThat(Api.errorFields(this.http.get()
				.uri("/api/v1/claims?format=csv&" + paging)
				.exchange()
				.expectStatus()
				.isBadRequest())).containsExactly(paging.substring(0, paging.indexOf('=')));
		}
		this.http.get()
			.uri("/api/v1/claims?statedFrom=yesterday")
			.header("Accept", "text/csv")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void theChangeCursorReplaysWritesMadeAfterTheExportBegan() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		String cursor = this.http.get()
			.uri("/api/v1/claims?format=csv&subject=" + subject)
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult()
			.getResponseHeaders()
			.getFirst("X-Change-Cursor");
		String later = api.create(ClaimJson.contactGroupClaim(subject)).toString();

		JsonNode feed = Api.json(this.http.get()
			.uri("/api/v1/claims/changes?size=500&after=" + cursor)
			.exchange()
			.expectStatus()
			.isOk());
		List<String> ids = new ArrayList<>();
		feed.get("content").forEach((c) -> ids.add(c.get("id").asString()));
		assertThat(ids).contains(later);
	}

	@Test
	void anAnonymousExportIsNotAnsweredFromTheCachedJsonPage() {
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		RestTestClient anonymous = TestKeys.withoutDefaultKey(this.http);
		String path = "/api/v1/claims?subject=" + subject;
		anonymous.get().uri(path).exchange().expectStatus().isOk();
		anonymous.get().uri(path).exchange().expectStatus().isOk().expectHeader().contentType("application/json");

		assertThat(Transfers.export(anonymous, path, "text/csv")).startsWith(Transfers.CLAIM_HEADER);
	}

	@Test
	void aLargeExportCrossesChunksAndListsEveryClaimOnceInIdOrder() {
		String subject = ClaimJson.uniqueSubject();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 2_345; i++) {
			rows.add(subject + ",killed," + i + ",speaker,source,2025-01-0" + (1 + i % 9));
		}
		Transfers
			.importCsv(this.http, "",
					Transfers.csv("subject,category,figure,speaker,source,statedOn", rows.toArray(String[]::new)))
			.expectStatus()
			.isOk();

		String csv = Transfers.export(this.http, "/api/v1/claims?subject=" + subject, "text/csv");

		List<String[]> lines = Transfers.parse(csv).subList(1, 2_346);
		assertThat(Transfers.parse(csv)).hasSize(2_346);
		assertThat(lines.stream().map((row) -> row[0]).toList()).isSorted().doesNotHaveDuplicates();
		assertThat(lines.stream().map((row) -> Integer.parseInt(row[3])))
			.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 2_345).boxed().toList());
	}

}
