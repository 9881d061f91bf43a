package org.casualtyclaims.delta;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Transfers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/deltas and /api/v1/series as CSV and NDJSON. */
@ApiTest
class DeltaExportIntegrationTests {

	@Autowired
	RestTestClient http;

	@Test
	void deltasExportTheWorkedExampleFlattenedInCsvAndWholeInNdjson() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		api.create(ClaimJson.contactGroupClaim(subject));
		api.create(ClaimJson.with(ClaimJson.claim(subject, "casualties", 3000, "2025-01-12", "Someone", "Elsewhere"),
				"qualifier", "at_least"));

		String csv = Transfers.export(this.http, "/api/v1/deltas?subject=" + subject, "text/csv");
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("subject,category,from.id,from.figure,from.statedOn,")
			.endsWith(",change,changeLow,changeHigh,days,perDay,percentChange,direction,sameSpeaker,caveats,"
					+ "daysMin,daysMax,perDayMin,perDayMax");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains(",200,200,200,4,50.0,5.26,increase,true,");
		// a negative number is not text: it stays a number in a spreadsheet
		assertThat(lines.get(2)).contains(",-1000,-1000,,3,-333.33,-25.0,decrease,false,")
			.endsWith(",\"different_speakers;qualifier_mismatch;bound\",3,3,-333.33,-333.33");

		String ndjson = Transfers.export(this.http, "/api/v1/deltas?subject=" + subject, "application/x-ndjson");
		JsonNode page = Api.json(this.http.get().uri("/api/v1/deltas?subject=" + subject).exchange());
		List<JsonNode> items = new ArrayList<>();
		page.get("content").forEach(items::add);
		assertThat(ndjson.lines().map((line) -> Api.json(line.getBytes())).toList()).isEqualTo(items);
	}

	@Test
	void deltasFollowTheSpeakerFilterAcrossChunks() {
		String subject = ClaimJson.uniqueSubject();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			rows.add(subject + ",killed," + i + "," + ((i % 2 == 0) ? "even" : "odd") + ",source,2025-01-01");
		}
		Transfers
			.importCsv(this.http, "",
					Transfers.csv("subject,category,figure,speaker,source,statedOn", rows.toArray(String[]::new)))
			.expectStatus()
			.isOk();

		List<String> all = Transfers.export(this.http, "/api/v1/deltas?subject=" + subject, "application/x-ndjson")
			.lines()
			.toList();
		List<String> even = Transfers
			.export(this.http, "/api/v1/deltas?speaker=EVEN&subject=" + subject, "application/x-ndjson")
			.lines()
			.toList();
		assertThat(all).hasSize(1_499).doesNotHaveDuplicates();
		assertThat(even).hasSize(749)
			.allSatisfy((line) -> assertThat(Api.json(line.getBytes()).get("from").get("speaker").asString())
				.isEqualTo("even"));
	}

	@Test
	void seriesExportAsTheListingDoes() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		api.create(ClaimJson.contactGroupClaim(subject));
		api.create(ClaimJson.claim(subject, "deployed", 12000, "2025-01-10", "US and Ukrainian intelligence",
				"Interfax-Ukraine"));

		String csv = Transfers.export(this.http, "/api/v1/series?format=csv&subject=" + subject, "*/*");
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("subject,category,claimCount,firstStatedOn,latest.id,");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains(",deployed,1,2025-01-10,");
		assertThat(lines.get(2)).contains(",casualties,2,2025-01-05,").contains(",200,200,200,4,50.0,5.26,");

		String ndjson = Transfers.export(this.http, "/api/v1/series?format=ndjson&subject=" + subject, "*/*");
		JsonNode page = Api.json(this.http.get().uri("/api/v1/series?subject=" + subject).exchange());
		List<JsonNode> items = new ArrayList<>();
		page.get("content").forEach(items::add);
		assertThat(ndjson.lines().map((line) -> Api.json(line.getBytes())).toList()).isEqualTo(items);
	}

}
