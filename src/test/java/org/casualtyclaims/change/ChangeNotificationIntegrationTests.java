package org.casualtyclaims.change;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.SubjectKey;
import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.SecondInstance;
import org.casualtyclaims.support.SecondInstances;

import static org.assertj.core.api.Assertions.assertThat;

// a context of their own (the recorder makes it one): they assert a cached page stays
// stale until a backstop drops it, which stray invalidations after other tests' writes
// would break
@ApiTest
@Import(SeriesChangeRecorder.class)
class ChangeNotificationIntegrationTests {

	static final Duration WITHIN = Duration.ofSeconds(1);

	@Autowired
	RestTestClient http;

	@Autowired
	SeriesChangeRecorder recorder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecondInstances instances;

	private Object awaitChangeOf(String subject) throws InterruptedException {
		SeriesRef series = new SeriesRef(SubjectKey.of(subject).value(), Category.CASUALTIES);
		return this.recorder.await((e) -> e instanceof SeriesChanged c && c.series().contains(series), WITHIN);
	}

	@Test
	void aWriteIsHeardAsAChangeOfItsSeries() throws InterruptedException {
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		assertThat(awaitChangeOf(subject)).isNotNull();
	}

	@Test
	void changeIdsGrow() throws InterruptedException {
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		SeriesChanged first = (SeriesChanged) awaitChangeOf(subject);
		new ClaimApi(this.http).create(ClaimJson.contactGroupClaim(subject));
		SeriesChanged second = (SeriesChanged) awaitChangeOf(subject);
		assertThat(second.id()).isGreaterThan(first.id());
	}

	@Test
	void aDroppedConnectionIsReportedAndListeningResumes() throws InterruptedException {
		int terminated = this.jdbc.queryForObject("select count(pg_terminate_backend(pid)) from pg_stat_activity"
				+ " where application_name = 'casualty-claims-listener' and datname = current_database()"
				+ " and pid <> pg_backend_pid()", Integer.class);
		assertThat(terminated).isPositive();
		assertThat(this.recorder.await((e) -> e instanceof ChangesMissed, Duration.ofSeconds(10))).isNotNull();
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(this.http).create(ClaimJson.podcastClaim(subject));
		assertThat(awaitChangeOf(subject)).isNotNull();
	}

	@Test
	void aWriteThroughAnotherInstanceIsHeardHereWithinOneSecond() throws InterruptedException {
		SecondInstance other = this.instances.shared();
		String subject = ClaimJson.uniqueSubject();
		new ClaimApi(other.client(this.http)).create(ClaimJson.podcastClaim(subject));
		assertThat(awaitChangeOf(subject)).isNotNull();
	}

}
