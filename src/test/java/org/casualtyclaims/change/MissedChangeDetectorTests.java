package org.casualtyclaims.change;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MissedChangeDetectorTests {

	private static final long SECOND = Duration.ofSeconds(1).toNanos();

	private final MissedChangeDetector detector = new MissedChangeDetector(Duration.ofSeconds(2));

	@Test
	void announcedChangesAreNotMissed() {
		this.detector.listening(10);
		assertThat(this.detector.sequenceAt(12, 0)).isFalse();
		this.detector.announced(List.of(List.of(11L, 12L)));
		assertThat(this.detector.sequenceAt(12, 5 * SECOND)).isFalse();
	}

	@Test
	void aChangeUnannouncedPastTheGraceIsMissedOnce() {
		this.detector.listening(10);
		assertThat(this.detector.sequenceAt(11, 0)).isFalse();
		assertThat(this.detector.sequenceAt(11, SECOND)).isFalse();
		assertThat(this.detector.sequenceAt(11, 2 * SECOND)).isTrue();
		assertThat(this.detector.sequenceAt(11, 10 * SECOND)).isFalse();
	}

	@Test
	void aLateAnnouncementWithinTheGraceIsEnough() {
		this.detector.listening(10);
		this.detector.sequenceAt(11, 0);
		this.detector.announced(List.of(List.of(11L, 11L)));
		assertThat(this.detector.sequenceAt(11, 3 * SECOND)).isFalse();
	}

	@Test
	void aGapBelowAnnouncedNumbersIsStillMissed() {
		// another instance announced 12 and 13, but whoever took 11 died before
		// announcing it
		this.detector.listening(10);
		this.detector.sequenceAt(13, 0);
		this.detector.announced(List.of(List.of(12L, 13L)));
		assertThat(this.detector.sequenceAt(13, SECOND)).isFalse();
		assertThat(this.detector.sequenceAt(13, 2 * SECOND)).isTrue();
	}

	@Test
	void numbersHandedOutBeforeListeningNeedNoAnnouncement() {
		this.detector.listening(100);
		assertThat(this.detector.sequenceAt(100, 0)).isFalse();
		assertThat(this.detector.sequenceAt(100, 10 * SECOND)).isFalse();
	}

	@Test
	void onlyTheOverdueNumbersAreSettledByAMiss() {
		this.detector.listening(10);
		this.detector.sequenceAt(11, 0);
		this.detector.sequenceAt(12, SECOND + SECOND / 2);
		assertThat(this.detector.sequenceAt(12, 2 * SECOND)).isTrue();
		// 12 was seen later and still has time to be announced
		this.detector.announced(List.of(List.of(12L, 12L)));
		assertThat(this.detector.sequenceAt(12, 5 * SECOND)).isFalse();
	}

}
