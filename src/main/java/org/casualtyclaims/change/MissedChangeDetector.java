package org.casualtyclaims.change;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.TreeSet;

/**
 * Notices changes that were committed but never announced, because their instance died
 * between its commit and its notification. Every writing transaction takes a number from
 * {@code change_event_ids}; notifications list the numbers they cover. A number the
 * sequence has handed out but no notification covered within the grace period is taken as
 * a missed change. Not thread-safe: the listener's thread owns it.
 */
final class MissedChangeDetector {

	private final long graceNanos;

	// every number up to this one is accounted for
	private long settledThrough;

	// numbers announced beyond settledThrough (notifications arrive out of number order)
	private final TreeSet<Long> announced = new TreeSet<>();

	// what the sequence stood at, and when: {value, nanoTime}, values rising
	private final ArrayDeque<long[]> sightings = new ArrayDeque<>();

	MissedChangeDetector(Duration grace) {
		this.graceNanos = grace.toNanos();
	}

	/**
	 * Listening (again) and about to reload everything: what the sequence has handed out
	 * so far needs no announcement.
	 */
	void listening(long sequenceValue) {
		settle(sequenceValue);
		this.sightings.clear();
	}

	/** A notification covered these [from, to] ranges of numbers. */
	void announced(List<List<Long>> ranges) {
		for (List<Long> range : ranges) {
			for (long n = Math.max(range.get(0), this.settledThrough + 1); n <= range.get(1); n++) {
				this.announced.add(n);
			}
		}
		advance();
	}

	/**
	 * The sequence stands at {@code sequenceValue} at {@code nowNanos}. True when a
	 * number handed out at least the grace period ago is still unannounced: the caller
	 * must reload everything, and those numbers count as settled.
	 */
	boolean sequenceAt(long sequenceValue, long nowNanos) {
		advance();
		long[] last = this.sightings.peekLast();
		if (sequenceValue > this.settledThrough && (last == null || sequenceValue > last[0])) {
			this.sightings.addLast(new long[] { sequenceValue, nowNanos });
		}
		dropSettledSightings();
		long overdueThrough = -1;
		while (!this.sightings.isEmpty() && nowNanos - this.sightings.peekFirst()[1] >= this.graceNanos) {
			overdueThrough = this.sightings.removeFirst()[0];
		}
		if (overdueThrough < 0) {
			return false;
		}
		settle(overdueThrough);
		return true;
	}

	private void settle(long through) {
		if (through > this.settledThrough) {
			this.settledThrough = through;
			this.announced.headSet(through, true).clear();
		}
		advance();
		dropSettledSightings();
	}

	private void advance() {
		while (!this.announced.isEmpty() && this.announced.first() == this.settledThrough + 1) {
			this.settledThrough = this.announced.pollFirst();
		}
		while (!this.announced.isEmpty() && this.announced.first() <= this.settledThrough) {
			this.announced.pollFirst();
		}
	}

	private void dropSettledSightings() {
		while (!this.sightings.isEmpty() && this.sightings.peekFirst()[0] <= this.settledThrough) {
			this.sightings.removeFirst();
		}
	}

}
