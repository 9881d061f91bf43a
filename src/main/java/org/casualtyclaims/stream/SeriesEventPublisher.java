package org.casualtyclaims.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.casualtyclaims.change.ChangesMissed;
import org.casualtyclaims.change.SeriesChanged;
import org.casualtyclaims.change.SeriesRef;
import org.casualtyclaims.series.SeriesResponse;
import org.casualtyclaims.series.SeriesService;

/**
 * Turns each committed change, heard from any instance, into one {@code series} event per
 * series it touched, carrying the series' new state and latest delta.
 */
@Component
class SeriesEventPublisher {

	// event ids are the change id times this, plus the series' place in the change,
	// so every event has an id of its own and replay can resume mid-change
	static final int MAX_SERIES_PER_CHANGE = 10_000;

	private final EventStreamHub hub;

	private final SeriesService series;

	SeriesEventPublisher(EventStreamHub hub, SeriesService series) {
		this.hub = hub;
		this.series = series;
	}

	@EventListener
	void seriesChanged(SeriesChanged change) {
		if (!this.hub.hasAudience() || change.series().size() > MAX_SERIES_PER_CHANGE) {
			// nobody to tell, or too much to tell: whoever connects next starts afresh
			this.hub.publishRefetch();
			return;
		}
		int index = 0;
		for (SeriesRef ref : change.series()) {
			long id = change.id() * MAX_SERIES_PER_CHANGE + index++;
			this.hub.publish(new StreamEvent(id, "series", stateOf(ref)));
		}
	}

	@EventListener
	void changesMissed(ChangesMissed missed) {
		this.hub.publishRefetch();
	}

	private Object stateOf(SeriesRef ref) {
		Optional<SeriesResponse> found = this.series.find(ref.subjectKey(), ref.category());
		if (found.isPresent()) {
			return found.get();
		}
		// every claim of the series was retracted or moved away
		Map<String, Object> emptied = new LinkedHashMap<>();
		emptied.put("subject", ref.subjectKey());
		emptied.put("category", ref.category());
		emptied.put("claimCount", 0);
		emptied.put("latestDelta", null);
		return emptied;
	}

}
