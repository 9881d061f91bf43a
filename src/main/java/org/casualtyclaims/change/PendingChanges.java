package org.casualtyclaims.change;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/**
 * The changes committed since the last notification was sent, turned into one payload
 * that never exceeds the bounds: many transactions become one notification, and a batch
 * too large to name its series says "all" instead. Not thread-safe.
 */
final class PendingChanges {

	private final int maxSeries;

	private final List<Long> ids = new ArrayList<>();

	// when the oldest of these transactions ended (System.nanoTime), for the lag metric
	private long oldestNanos;

	// null once there are more than maxSeries: the notification will say "all"
	private Set<SeriesRef> series = new LinkedHashSet<>();

	PendingChanges(int maxSeries) {
		this.maxSeries = maxSeries;
	}

	/**
	 * A transaction that took change id {@code id} ended; {@code series} is empty if it
	 * rolled back.
	 */
	void add(long id, Set<SeriesRef> touched) {
		if (this.ids.isEmpty()) {
			this.oldestNanos = System.nanoTime();
		}
		this.ids.add(id);
		addSeries(touched);
	}

	/** Takes back a batch that could not be sent. */
	void addAll(PendingChanges other) {
		if (this.ids.isEmpty() || other.oldestNanos - this.oldestNanos < 0) {
			this.oldestNanos = other.oldestNanos;
		}
		this.ids.addAll(other.ids);
		if (other.series == null) {
			this.series = null;
		}
		else {
			addSeries(other.series);
		}
	}

	private void addSeries(Set<SeriesRef> touched) {
		if (this.series == null) {
			return;
		}
		this.series.addAll(touched);
		if (this.series.size() > this.maxSeries) {
			this.series = null;
		}
	}

	boolean isEmpty() {
		return this.ids.isEmpty();
	}

	/** The highest change id: what the notification is named by. */
	long topId() {
		return this.ids.stream().max(Long::compare).orElseThrow();
	}

	/** When the oldest of these transactions ended, in {@link System#nanoTime()}. */
	long oldestNanos() {
		return this.oldestNanos;
	}

	/** The notification for these changes, at most {@code maxBytes} bytes of UTF-8. */
	String payload(JsonMapper json, int maxBytes) {
		List<List<Long>> ranges = ranges(this.ids);
		Long top = topId();
		if (this.series != null) {
			List<List<String>> refs = this.series.stream()
				.map((s) -> List.of(s.subjectKey(), s.category().wireName()))
				.toList();
			String named = json.writeValueAsString(new ChangePayload(top, ranges, refs, null));
			if (fits(named, maxBytes)) {
				return named;
			}
		}
		String all = json.writeValueAsString(new ChangePayload(top, ranges, null, true));
		while (!fits(all, maxBytes)) {
			// ids left out look unannounced to listeners, which then reload once more
			// after the grace period: harmless, and only for thousands of scattered ids
			ranges = ranges.subList(ranges.size() / 2 + 1, ranges.size());
			all = json.writeValueAsString(new ChangePayload(top, ranges, null, true));
		}
		return all;
	}

	private static boolean fits(String payload, int maxBytes) {
		return payload.getBytes(StandardCharsets.UTF_8).length <= maxBytes;
	}

	static List<List<Long>> ranges(List<Long> ids) {
		List<Long> sorted = ids.stream().sorted().distinct().toList();
		List<List<Long>> ranges = new ArrayList<>();
		int start = 0;
		for (int i = 1; i <= sorted.size(); i++) {
			if (i == sorted.size() || sorted.get(i) != sorted.get(i - 1) + 1) {
				ranges.add(List.of(sorted.get(start), sorted.get(i - 1)));
				start = i;
			}
		}
		return ranges;
	}

}
