package org.casualtyclaims.delta;

import java.util.Locale;

/** Which way a figure moved between two claims. */
public enum Direction {

	INCREASE, DECREASE, UNCHANGED;

	static Direction of(long change) {
		return (change > 0) ? INCREASE : (change < 0) ? DECREASE : UNCHANGED;
	}

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
