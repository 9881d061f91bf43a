package org.casualtyclaims.claim;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Transfers;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.ClaimJson.with;

/**
 * {@code statedOnPrecision} over HTTP: written on create, correction and import, refused
 * on a date that is not the first of its period, shown in claims, revisions, exports and
 * deltas, where it widens {@code days} and {@code perDay} into ranges.
 */
@ApiTest
class StatedOnPrecisionIntegrationTests {

	@Autowired
	RestTestClient http;

	private ClaimApi claims() {
		return new ClaimApi(this.http);
	}

	private JsonNode deltas(String subject) {
		return Api.json(this.http.get().uri("/api/v1/deltas?subject={s}", subject).exchange().expectStatus().isOk())
			.get("content");
	}

	@Test
	void aClaimIsStatedOnADayUnlessItSaysOtherwise() {
		String subject = ClaimJson.uniqueSubject();
		assertThat(claims().createAndRead(ClaimJson.podcastClaim(subject))).containsEntry("statedOnPrecision", "day");
		assertThat(claims().createAndRead(
				with(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-01"), "statedOnPrecision", "month")))
			.containsEntry("statedOnPrecision", "month");
		assertThat(claims().createAndRead(
				with(with(ClaimJson.podcastClaim(subject), "statedOn", "2024-01-01"), "statedOnPrecision", "year")))
			.containsEntry("statedOnPrecision", "year");
	}

	@Test
	void aMonthClaimMakesDaysAndPerDayRanges() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(
				with(with(ClaimJson.podcastClaim(subject), "statedOn", "2024-12-01"), "statedOnPrecision", "month"));
		claims().create(ClaimJson.contactGroupClaim(subject));
		JsonNode delta = deltas(subject).get(0);
		assertThat(delta.get("change").asLong()).isEqualTo(200);
		// as written: 2024-12-01 to 2025-01-09
		assertThat(delta.get("days").asLong()).isEqualTo(39);
		// some day in December 2024 to 2025-01-09: 9 to 39 days
		assertThat(delta.get("daysMin").asLong()).isEqualTo(9);
		assertThat(delta.get("daysMax").asLong()).isEqualTo(39);
		assertThat(delta.get("perDayMin").decimalValue()).isEqualByComparingTo("5.12");
		assertThat(delta.get("perDayMax").decimalValue()).isEqualByComparingTo("22.23");
		assertThat(delta.get("from").get("statedOnPrecision").asString()).isEqualTo("month");
		assertThat(delta.get("caveats").valueStream().map(JsonNode::asString)).contains("imprecise_date");
	}

	@Test
	void theWorkedExampleKeepsItsExactFieldsAndEqualRanges() {
		String subject = ClaimJson.uniqueSubject();
		claims().create(ClaimJson.podcastClaim(subject));
		claims().create(ClaimJson.contactGroupClaim(subject));
		JsonNode delta = deltas(subject).get(0);
		assertThat(delta.get("days").asLong()).isEqualTo(4);
		assertThat(delta.get("daysMin").asLong()).isEqualTo(4);
		assertThat(delta.get("daysMax").asLong()).isEqualTo(4);
		assertThat(delta.get("perDay").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(delta.get("perDayMin").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(delta.get("perDayMax").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(delta.get("caveats").valueStream().map(JsonNode::asString)).doesNotContain("imprecise_date");
	}

	@Test
	void aDateInsideItsPeriodOrAnUnknownPrecisionIsRefusedAndStoresNothing() {
		String subject = ClaimJson.uniqueSubject();
		for (Object[] bad : new Object[][] { { "2025-01-05", "month" }, { "2025-02-01", "year" },
				{ "2025-01-01", "week" }, { "2025-01-01", "MONTH" } }) {
			var response = Api
				.post(this.http, "/api/v1/claims",
						with(with(ClaimJson.podcastClaim(subject), "statedOn", bad[0]), "statedOnPrecision", bad[1]))
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (!"week".equals(bad[1]) && !"MONTH".equals(bad[1])) {
				assertThat(Api.errorFields(response)).containsExactly("statedOn");
			}
		}
		assertThat(claims().countAll(subject)).isZero();
	}

	@Test
	void aCorrectionChangesThePrecisionAndTheRevisionKeepsTheOldOne() {
		String subject = ClaimJson.uniqueSubject();
		UUID id = claims().create(ClaimJson.podcastClaim(subject));
		claims().replace(id,
				with(with(ClaimJson.podcastClaim(subject), "statedOn", "2025-01-01"), "statedOnPrecision", "month"));
		JsonNode claim = Api.json(this.http.get().uri("/api/v1/claims/{id}", id).exchange().expectStatus().isOk());
		assertThat(claim.get("statedOnPrecision").asString()).isEqualTo("month");
		JsonNode revisions = Api
			.json(this.http.get().uri("/api/v1/claims/{id}/revisions", id).exchange().expectStatus().isOk());
		assertThat(revisions.get(0).get("statedOnPrecision").asString()).isEqualTo("day");
	}

	@Test
	void importAndExportCarryThePrecision() {
		String subject = ClaimJson.uniqueSubject();
		String header = "subject,category,figure,speaker,source,statedOn,statedOnPrecision";
		String csv = Transfers.csv(header,
				String.join(",", subject, "casualties", "3800", "Zelensky", "Interfax", "2024-01-01", "year"),
				String.join(",", subject, "casualties", "4000", "Zelensky", "Interfax", "2025-01-09", ""));
		Transfers.importCsv(this.http, "", csv).expectStatus().isOk();
		List<String[]> rows = Transfers
			.parse(Transfers.export(this.http, "/api/v1/claims?subject=" + subject, "text/csv"));
		int column = List.of(rows.get(0)).indexOf("statedOnPrecision");
		assertThat(column).isNotNegative();
		assertThat(rows.subList(1, rows.size()).stream().map((row) -> row[column])).containsExactlyInAnyOrder("year",
				"day");

		String bad = Transfers.csv(header,
				String.join(",", subject, "casualties", "1", "Zelensky", "Interfax", "2024-03-01", "year"),
				String.join(",", subject, "casualties", "1", "Zelensky", "Interfax", "2024-03-01", "fortnight"));
		assertThat(Api.errorFields(Transfers.importCsv(this.http, "", bad).expectStatus().isBadRequest()))
			.containsExactlyInAnyOrder("rows[0].statedOn", "rows[1].statedOnPrecision");
		assertThat(claims().countAll(subject)).isEqualTo(2);
	}

}
