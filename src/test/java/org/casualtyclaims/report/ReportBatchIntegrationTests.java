package org.casualtyclaims.report;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.series.SeriesCheck;
import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A report at the contract's limit: 500 claims, one insert, every series right. */
@ApiTest
class ReportBatchIntegrationTests {

	private static final String[] CATEGORIES = { "killed", "wounded", "missing" };

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void storesFiveHundredClaimsInThreeHundredSeriesAndKeepsTheirOrder() {
		SplittableRandom random = new SplittableRandom(11);
		// short subjects: 300 series still fit the 8,000-byte NOTIFY of one transaction
		String prefix = "q" + HexFormat.of().toHexDigits(random.nextInt(1 << 16), 4);
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			int series = i % 300;
			claims.add(ClaimJson.claim(prefix + (series / 3), CATEGORIES[series % 3], random.nextInt(100_000),
					"2025-03-" + String.format("%02d", 1 + random.nextInt(28)), "A speaker", "A source"));
		}
		JsonNode created = Api
			.json(Api.post(this.http, "/api/v1/reports", ReportJson.report("Backlog " + prefix, claims))
				.expectStatus()
				.isCreated());
		assertThat(field(created.get("claims"), "figure"))
			.isEqualTo(claims.stream().map((claim) -> String.valueOf(claim.get("figure"))).toList());
		JsonNode readBack = Api.json(this.http.get()
			.uri("/api/v1/reports/{id}", created.get("id").asString())
			.exchange()
			.expectStatus()
			.isOk());
		assertThat(field(readBack.get("claims"), "id")).isEqualTo(field(created.get("claims"), "id"));
		assertThat(SeriesCheck.mismatches(this.jdbcTemplate, prefix)).isEmpty();
		assertThat(this.jdbc.sql("select count(*), sum(claim_count) from series where subject_key like :prefix")
			.param("prefix", prefix + "%")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(300L, 500L);
	}

	private static List<String> field(JsonNode claims, String name) {
		return claims.valueStream().map((claim) -> claim.get(name).asString()).toList();
	}

}
