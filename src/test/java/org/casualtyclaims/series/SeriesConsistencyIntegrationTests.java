package org.casualtyclaims.series;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.Simultaneously;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The series rows against a recount from the claims ({@code bench/check-series.sql})
 * after writes that race: new claims are merged into their series without a recount, so
 * concurrent writers to one series must never lose or misplace one.
 */
@ApiTest
class SeriesConsistencyIntegrationTests {

	private static final int WRITERS = 8;

	private static final int WRITES_PER_WRITER = 24;

	private static final String[] CATEGORIES = { "killed", "wounded" };

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Test
	void concurrentCreatesReportsReplacementsAndRetractionsLeaveEverySeriesRight() throws Exception {
		String prefix = "Racing series " + UUID.randomUUID();
		List<String> subjects = List.of(prefix + " a", prefix + " b", prefix + " c");
		List<Integer> stillActive = Simultaneously.call(WRITERS, Duration.ofSeconds(120), (w) -> {
			SplittableRandom random = new SplittableRandom(1_000 + w);
			boolean reports = w >= WRITERS - 2;
			return reports ? postReports(subjects, random) : postClaims(subjects, random);
		});
		int active = stillActive.stream().mapToInt(Integer::intValue).sum();
		assertThat(SeriesCheck.mismatches(this.jdbcTemplate, prefix)).isEmpty();
		assertThat(this.jdbc.sql("select sum(claim_count) from series where subject_key like :prefix")
			.param("prefix", SubjectKey.of(prefix).value() + "%")
			.query(Long.class)
			.single()).isEqualTo(active);
	}

	@Test
	void aNewClaimTakesItsPlaceAmongTheNewestTwoWhateverOrderClaimsArrive() {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi claims = new ClaimApi(this.http);
		UUID newest = null;
		// newest, then older than both, between the two, a tie on the date (the later
		// wins)
		for (String statedOn : List.of("2025-01-10", "2025-01-01", "2025-01-05", "2025-01-07", "2025-01-10")) {
			newest = claims.create(ClaimJson.claim(subject, "killed", 100, statedOn, "A speaker", "A source"));
		}
		assertThat(SeriesCheck.mismatches(this.jdbcTemplate, subject)).isEmpty();
		assertThat(this.jdbc.sql("select latest_claim_id from series where subject_key = :key")
			.param("key", SubjectKey.of(subject).value())
			.query(UUID.class)
			.single()).isEqualTo(newest);
	}

	// single claims, and now and then a replacement (maybe into another series) or a
	// retraction
	private int postClaims(List<String> subjects, SplittableRandom random) {
		ClaimApi claims = new ClaimApi(this.http);
		List<UUID> mine = new ArrayList<>();
		for (int i = 0; i < WRITES_PER_WRITER; i++) {
			int action = random.nextInt(10);
			if (action == 0 && !mine.isEmpty()) {
				claims.retract(mine.remove(random.nextInt(mine.size())));
			}
			else if (action == 1 && !mine.isEmpty()) {
				claims.replace(mine.get(random.nextInt(mine.size())), randomClaim(subjects, random));
			}
			else {
				mine.add(claims.create(randomClaim(subjects, random)));
			}
		}
		return mine.size();
	}

	private int postReports(List<String> subjects, SplittableRandom random) {
		int claims = 0;
		for (int i = 0; i < WRITES_PER_WRITER / 4; i++) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int c = 0; c < 12; c++) {
				batch.add(randomClaim(subjects, random));
			}
			Api.post(this.http, "/api/v1/reports", ReportJson.report("Racing report " + UUID.randomUUID(), batch))
				.expectStatus()
				.isCreated();
			claims += batch.size();
		}
		return claims;
	}

	// few dates, so ties on statedOn (broken by createdAt, then id) are common
	private static Map<String, Object> randomClaim(List<String> subjects, SplittableRandom random) {
		return ClaimJson.claim(subjects.get(random.nextInt(subjects.size())),
				CATEGORIES[random.nextInt(CATEGORIES.length)], random.nextInt(10_000),
				"2025-02-0" + (1 + random.nextInt(4)), "A speaker", "A source");
	}

}
