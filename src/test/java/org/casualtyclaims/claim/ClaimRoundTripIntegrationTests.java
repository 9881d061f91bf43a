package org.casualtyclaims.claim;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.TestKeys;
import org.casualtyclaims.support.ThrowawayDatabase;
import org.casualtyclaims.support.Transfers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, import into an empty database (a second instance on a database of its own),
 * export again: the files are byte for byte the same, in CSV and in NDJSON, with every
 * awkward text a spreadsheet meets.
 */
@ApiTest
class ClaimRoundTripIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void exportImportExportGivesIdenticalFiles() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi api = new ClaimApi(this.http);
		api.create(ClaimJson.podcastClaim(subject));
		api.create(ClaimJson.contactGroupClaim(subject));
		String[] awkward = { "=1+1", "'=quoted already", "+31", "-5 dead", "@cmd", "\tTab", "comma, inside",
				"\"quoted\"", "line\nbreak", "crlf\r\nbreak", "", "Київ ✓", "'Tis" };
		for (int i = 0; i < awkward.length; i++) {
			Map<String, Object> claim = ClaimJson.claim(subject, "killed", i, "2025-01-0" + (1 + i % 9), "speaker " + i,
					"source " + i);
			claim.put("quote", awkward[i]);
			claim.put("figureLow", (i % 2 == 0) ? null : 0);
			claim.put("qualifier", (i % 3 == 0) ? "approximately" : "at_least");
			claim.put("sourceUrl", "https://example.org/a?b=1,c=" + i);
			api.create(claim);
		}
		String query = "/api/v1/claims?subject=" + subject;
		String csv = Transfers.export(this.http, query, "text/csv");
		String ndjson = Transfers.export(this.http, query, "application/x-ndjson");

		ThrowawayDatabase empty = ThrowawayDatabase.create(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
		try (SecondInstance other = SecondInstance.sharing(empty.connectionDetails(),
				Map.of("claims.admin-key", TestKeys.ADMIN_KEY))) {
			RestTestClient admin = RestTestClient.bindToServer()
				.baseUrl(other.baseUrl())
				.defaultHeader("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
				.build();
			admin.post()
				.uri("/api/v1/claims/import")
				.contentType(MediaType.parseMediaType("text/csv"))
				.body(csv.getBytes(StandardCharsets.UTF_8))
				.exchange()
				.expectStatus()
				.isOk();

			assertThat(Transfers.export(admin, query, "text/csv")).isEqualTo(csv);
			assertThat(Transfers.export(admin, query, "application/x-ndjson")).isEqualTo(ndjson);
			assertThat(csv.lines()).hasSizeGreaterThan(awkward.length + 2);
			assertThat(csv).contains("Київ ✓", ",\"\",");
		}
		finally {
			empty.drop();
		}
	}

}
