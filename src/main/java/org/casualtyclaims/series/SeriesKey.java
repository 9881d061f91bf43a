package org.casualtyclaims.series;

import java.util.Comparator;

import org.casualtyclaims.claim.Category;

/** What makes claims one series: the normalized subject and the category. */
record SeriesKey(String subjectKey, Category category) implements Comparable<SeriesKey> {

	private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::subjectKey)
		.thenComparing((key) -> key.category().wireName());

	@Override
	public int compareTo(SeriesKey other) {
		return ORDER.compare(this, other);
	}

}
