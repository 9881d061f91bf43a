package org.casualtyclaims.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.support.Api;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.Polling;
import org.casualtyclaims.support.ReportJson;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications sent after commit, bounded whatever a write touched, and the two
 * backstops for what they cannot deliver: a reconnect and an unannounced change both drop
 * the cache.
 */
// a context of their own (the recorder makes it one): they assert a cached page stays
// stale until a backstop drops it, which stray invalidations after other tests' writes
// would break
@ApiTest
@Import(SeriesChangeRecorder.class)
class ChangeDeliveryIntegrationTests {

	// missed-after (2 s) plus a poll (1 s), with room for a loaded machine
	static final Duration BACKSTOP_CEILING = Duration.ofSeconds(15);

	@Autowired
	RestTestClient http;

	@Autowired
	SeriesChangeRecorder recorder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	SecondInstances instances;

	@Autowired
	NotificationSender sender;

	@Autowired
	JsonMapper json;

	@Test
	void aReportOf500ClaimsIn500SeriesWithLongSubjectsIsStored() {
		JsonNode report = Api
			.json(Api.post(this.http, "/api/v1/reports", reportIn500Series()).expectStatus().isCreated());
		assertThat(report.get("claims").size()).isEqualTo(500);
		assertThat(this.jdbc.queryForObject("select count(distinct subject_key) from claims where report_id = ?::uuid",
				Long.class, report.get("id").asString()))
			.isEqualTo(500);
	}

	@Test
	void anotherInstanceHearsOfA500SeriesReportAsReloadEverything() throws InterruptedException {
		SecondInstance other = this.instances.shared();
		this.recorder.clear();
		Api.post(other.client(this.http), "/api/v1/reports", reportIn500Series()).expectStatus().isCreated();
		// sooner than the backstop could say it (missed-after is 2 s)
		assertThat(this.recorder.await((e) -> e instanceof ChangesMissed, Duration.ofMillis(1500))).isNotNull();
	}

	@Test
	void writesEndingWhileANotificationIsOnItsWayShareTheNextOne() throws Exception {
		List<Long> numbers = this.jdbc.queryForList("select nextval('change_event_ids') from generate_series(1, 200)",
				Long.class);
		Set<SeriesRef> series = Set.of(new SeriesRef(ClaimJson.uniqueSubject().toLowerCase(), Category.KILLED));
		try (Connection listening = listen()) {
			// holding the sender's lock keeps its thread from taking a batch meanwhile
			synchronized (this.sender) {
				numbers.forEach((n) -> this.sender.submit(n, series));
			}
			List<ChangePayload> ours = new ArrayList<>();
			Set<Long> covered = new HashSet<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!covered.containsAll(numbers) && System.nanoTime() < deadline) {
				PGNotification[] received = listening.unwrap(PGConnection.class).getNotifications(200);
				for (PGNotification notification : (received != null) ? received : new PGNotification[0]) {
					ChangePayload payload = this.json.readValue(notification.getParameter(), ChangePayload.class);
					Set<Long> ids = idsOf(payload);
					if (ids.stream().anyMatch(numbers::contains)) {
						ours.add(payload);
						covered.addAll(ids);
					}
				}
			}
			assertThat(covered).containsAll(numbers);
			assertThat(ours).hasSize(1);
			assertThat(ours.get(0).ids()).containsExactly(List.of(numbers.get(0), numbers.get(199)));
		}
	}

	private Connection listen() throws SQLException {
		Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), this.database.getUsername(),
				Objects.toString(this.database.getPassword(), ""));
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + ChangeNotifier.CHANNEL);
		}
		return connection;
	}

	private static Set<Long> idsOf(ChangePayload payload) {
		Set<Long> ids = new HashSet<>();
		for (List<Long> range : payload.ids()) {
			for (long id = range.get(0); id <= range.get(1); id++) {
				ids.add(id);
			}
		}
		return ids;
	}

	@Test
	void announcedWritesAreNotTakenForMissedOnes() throws InterruptedException {
		String subject = ClaimJson.uniqueSubject();
		this.recorder.clear();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		assertThat(this.recorder.await((e) -> e instanceof SeriesChanged, Duration.ofSeconds(1))).isNotNull();
		assertThat(this.recorder.await((e) -> e instanceof ChangesMissed, Duration.ofSeconds(4))).isNull();
	}

	@Test
	void aCommittedChangeNobodyAnnouncedDropsTheCache() throws InterruptedException {
		ClaimApi claims = new ClaimApi(this.http);
		String subject = cachedListingOf(claims);
		// what an instance that died between commit and notify leaves behind
		changeBehindTheServicesBack(subject, true);
		assertThat(speakerOf(subject)).isEqualTo("Volodymyr Zelensky");
		assertThat(awaitSpeaker(subject, "Changed directly")).isTrue();
	}

	@Test
	void aReconnectedListenerDropsTheCache() throws InterruptedException {
		ClaimApi claims = new ClaimApi(this.http);
		String subject = cachedListingOf(claims);
		// no sequence number: only the reconnect can tell
		changeBehindTheServicesBack(subject, false);
		assertThat(speakerOf(subject)).isEqualTo("Volodymyr Zelensky");
		int terminated = this.jdbc.queryForObject(
				"select count(pg_terminate_backend(pid)) from pg_stat_activity"
						+ " where application_name = 'casualty-claims-listener' and datname = current_database()",
				Integer.class);
		assertThat(terminated).isPositive();
		assertThat(awaitSpeaker(subject, "Changed directly")).isTrue();
	}

	private String cachedListingOf(ClaimApi claims) throws InterruptedException {
		String subject = ClaimJson.uniqueSubject();
		this.recorder.clear();
		claims.create(ClaimJson.podcastClaim(subject));
		// the write's own notification comes back to this instance and drops the cache:
		// once it has, only what the test does next can drop the page cached here
		assertThat(this.recorder.await((e) -> e instanceof SeriesChanged, BACKSTOP_CEILING)).isNotNull();
		assertThat(speakerOf(subject)).isEqualTo("Volodymyr Zelensky");
		return subject;
	}

	private void changeBehindTheServicesBack(String subject, boolean takeANumber) {
		this.jdbc.update("update claims set speaker = 'Changed directly' where subject = ?", subject);
		if (takeANumber) {
			this.jdbc.queryForObject("select nextval('change_event_ids')", Long.class);
		}
	}

	// the listing by subject is one of the cached reads
	private String speakerOf(String subject) {
		JsonNode page = Api.json(this.http.get()
			.uri((uri) -> uri.path("/api/v1/claims").queryParam("subject", subject).build())
			.exchange()
			.expectStatus()
			.isOk());
		return page.get("content").get(0).get("speaker").asString();
	}

	private boolean awaitSpeaker(String subject, String speaker) throws InterruptedException {
		return Polling.within(BACKSTOP_CEILING, () -> speaker.equals(speakerOf(subject)));
	}

	private static Map<String, Object> reportIn500Series() {
		String base = " North Korean troops in Kursk " + UUID.randomUUID() + " ";
		List<Map<String, Object>> claims = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			String subject = (String.format("%03d", i) + base.repeat(5)).substring(0, 199) + "x";
			claims.add(ClaimJson.claim(subject, "killed", 100 + i, "2025-01-05", "Speaker", "Source"));
		}
		return ReportJson.report("A backlog of 500 series " + UUID.randomUUID(), claims);
	}

}
