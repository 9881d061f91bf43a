package org.casualtyclaims.stream;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayBufferTests {

	static StreamEvent event(long id) {
		return new StreamEvent(id, "series", Map.of());
	}

	@Test
	void nothingHeardYetMeansRefetch() {
		assertThat(new ReplayBuffer(4).after(10)).isEmpty();
	}

	@Test
	void replaysTheEventsAfterTheLastSeen() {
		ReplayBuffer buffer = new ReplayBuffer(4);
		buffer.add(event(5));
		buffer.add(event(6));
		buffer.add(event(8));
		assertThat(buffer.after(5))
			.hasValueSatisfying((events) -> assertThat(events).extracting(StreamEvent::id).containsExactly(6L, 8L));
		assertThat(buffer.after(8)).hasValueSatisfying((events) -> assertThat(events).isEmpty());
	}

	@Test
	void aGapOlderThanWhatWasHeardCannotBeReplayed() {
		ReplayBuffer buffer = new ReplayBuffer(4);
		buffer.add(event(5));
		assertThat(buffer.after(4)).isPresent();
		assertThat(buffer.after(3)).isEmpty();
	}

	@Test
	void evictedEventsCannotBeReplayed() {
		ReplayBuffer buffer = new ReplayBuffer(2);
		buffer.add(event(1));
		buffer.add(event(2));
		buffer.add(event(3));
		assertThat(buffer.after(0)).isEmpty();
		assertThat(buffer.after(1))
			.hasValueSatisfying((events) -> assertThat(events).extracting(StreamEvent::id).containsExactly(2L, 3L));
	}

	@Test
	void lostNotificationsForgetEverything() {
		ReplayBuffer buffer = new ReplayBuffer(4);
		buffer.add(event(1));
		buffer.add(event(2));
		buffer.forget();
		assertThat(buffer.after(1)).isEmpty();
		buffer.add(event(9));
		assertThat(buffer.after(8)).isPresent();
	}

}
