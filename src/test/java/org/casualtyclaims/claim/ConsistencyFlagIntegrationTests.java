package org.casualtyclaims.claim;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.Simultaneously;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A killed or wounded figure above the same speaker's casualties figure for the subject
 * on the same date is stored and flagged, and the flag clears when a correction removes
 * the inconsistency.
 */
@ApiTest
class ConsistencyFlagIntegrationTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsistencyFlags flags;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	ClaimApi api;

	String subject;

	@BeforeEach
	void setUp() {
		this.api = new ClaimApi(this.http);
		this.subject = ClaimJson.uniqueSubject();
	}

	// many writers recheck one group at once and all find the same unflagged pair: one
	// raises it, the others must not fail on the open-flag index (they did, as 409s,
	// under the benchmark's reports)
	@Test
	void concurrentWritersToOneGroupRaiseItsFlagOnceAndAllSucceed() throws Exception {
		UUID casualties = this.api.create(ClaimJson.contactGroupClaim(this.subject));
		UUID killed = this.api
			.create(ClaimJson.claim(this.subject, "killed", 4500, "2025-01-09", "Volodymyr Zelensky", "Telegram"));
		// as if the two had been written at the same moment, neither seeing the other
		this.jdbc.update("update claim_flags set cleared_at = now() where part_claim_id = ?", killed);
		int writers = 8;
		List<Integer> statuses = Simultaneously.call(writers, Duration.ofSeconds(30), (i) -> {
			Map<String, Object> wounded = ClaimJson.claim(this.subject, "wounded", 10 + i, "2025-01-09",
					"Volodymyr Zelensky", "Telegram");
			return this.http.post()
				.uri("/api/v1/claims")
				.contentType(MediaType.APPLICATION_JSON)
				.body(wounded)
				.exchange()
				.returnResult()
				.getStatus()
				.value();
		});
		assertThat(statuses).hasSize(writers).containsOnly(201);
		assertThat(this.jdbc
			.queryForObject("select count(*) from claim_flags where part_claim_id = ? and casualties_claim_id = ?"
					+ " and cleared_at is null", Long.class, killed, casualties))
			.isEqualTo(1);
	}

	@Test
	void killedAboveCasualtiesIsFlaggedOnBothClaimsListedAndClearedByACorrection() {
		UUID casualties = this.api.create(ClaimJson.contactGroupClaim(this.subject));
		Map<String, Object> killed = ClaimJson.claim(this.subject, "killed", 4500, "2025-01-09", "volodymyr zelensky",
				"Telegram");
		Map<String, Object> created = this.api.createAndRead(killed);
		UUID killedId = UUID.fromString((String) created.get("id"));
		assertThat(created.get("flags")).isEqualTo(java.util.List.of("exceeds_casualties"));
		assertThat(flagsOf(casualties)).containsExactly("below_killed");
		assertThat(listedFlagsOf(this.subject)).singleElement().satisfies((flag) -> {
			assertThat(flag.get("claimId").asString()).isEqualTo(killedId.toString());
			assertThat(flag.get("casualtiesClaimId").asString()).isEqualTo(casualties.toString());
			assertThat(flag.get("category").asString()).isEqualTo("killed");
			assertThat(flag.get("figure").asLong()).isEqualTo(4500);
			assertThat(flag.get("casualtiesFigure").asLong()).isEqualTo(4000);
		});

		this.api.replace(killedId, ClaimJson.with(killed, "figure", 1000));
		assertThat(flagsOf(killedId)).isEmpty();
		assertThat(flagsOf(casualties)).isEmpty();
		assertThat(listedFlagsOf(this.subject)).isEmpty();
	}

	@Test
	void anotherSpeakerOrDateIsNoInconsistencyAndRetractionClearsTheFlag() {
		this.api.create(ClaimJson.contactGroupClaim(this.subject));
		assertThat(this.api
			.createAndRead(ClaimJson.claim(this.subject, "wounded", 9000, "2025-01-09", "Pentagon", "Briefing"))
			.get("flags")).isEqualTo(java.util.List.of());
		assertThat(this.api
			.createAndRead(
					ClaimJson.claim(this.subject, "wounded", 9000, "2025-01-10", "Volodymyr Zelensky", "Briefing"))
			.get("flags")).isEqualTo(java.util.List.of());
		UUID wounded = this.api
			.create(ClaimJson.claim(this.subject, "wounded", 4001, "2025-01-09", "Volodymyr Zelensky", "Briefing"));
		assertThat(flagsOf(wounded)).containsExactly("exceeds_casualties");
		// a retracted claim leaves the comparison
		this.api.retract(wounded);
		assertThat(listedFlagsOf(this.subject)).isEmpty();
	}

	// the claims of one report may flag each other: the answer shows what the write
	// raised
	@Test
	void aReportsClaimsThatFlagEachOtherCarryTheirFlagsInItsAnswer() {
		JsonNode report = Api.json(Api
			.post(this.http, "/api/v1/reports", ReportJson
				.report("Contact group " + this.subject, java.util.List.of(ClaimJson.contactGroupClaim(this.subject),
						ClaimJson.claim(this.subject, "killed", 4500, "2025-01-09", "Volodymyr Zelensky", "Telegram"),
						ClaimJson.claim(this.subject, "captured", 30, "2025-01-09", "Volodymyr Zelensky", "Telegram"))))
			.expectStatus()
			.isCreated());
		assertThat(report.get("claims").valueStream().map((claim) -> claim.get("flags").toString()))
			.containsExactly("[\"below_killed\"]", "[\"exceeds_casualties\"]", "[]");
		UUID casualties = UUID.fromString(report.get("claims").get(0).get("id").asString());
		assertThat(flagsOf(casualties)).containsExactly("below_killed");
	}

	// a plan cached while claim_flags was nearly empty scanned every open flag for every
	// group long after (150 ms a 500-claim report at 2,500 flags): a recheck of many
	// groups must never become a server-side prepared statement, whose plan PostgreSQL
	// may cache
	@Test
	void aRecheckOfManyGroupsIsPlannedOnEveryCallNeverFromACachedPlan() {
		java.util.List<ClaimContent> groups = java.util.stream.IntStream.rangeClosed(1, 2)
			.mapToObj((day) -> new ClaimContent(this.subject, Category.KILLED, 10, null, null, Qualifier.EXACT,
					"Volodymyr Zelensky", "Telegram", null, java.time.LocalDate.of(2025, 1, day), null, null, null))
			.toList();
		// a single group's recheck may run prepared: count what the prepared one ran
		String preparedRuns = "select coalesce(sum(generic_plans + custom_plans), 0) from pg_prepared_statements"
				+ " where statement like '%insert into claim_flags%'";
		long[] runs = this.transactions.execute((status) -> {
			long before = this.jdbc.queryForObject(preparedRuns, Long.class);
			for (int call = 0; call < 8; call++) {
				this.flags.recheck(groups, java.time.Instant.now());
			}
			return new long[] { before, this.jdbc.queryForObject(preparedRuns, Long.class) };
		});
		assertThat(runs[1]).isEqualTo(runs[0]);
	}

	private java.util.List<String> flagsOf(UUID id) {
		return Api.json(this.http.get().uri("/api/v1/claims/{id}", id).exchange().expectStatus().isOk())
			.get("flags")
			.valueStream()
			.map(JsonNode::asString)
			.toList();
	}

	private java.util.List<JsonNode> listedFlagsOf(String subject) {
		return Api
			.json(this.http.get()
				.uri("/api/v1/flags?subject={s}", subject)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.exists("Cache-Control"))
			.get("content")
			.valueStream()
			.toList();
	}

}
