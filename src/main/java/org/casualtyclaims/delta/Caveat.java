package org.casualtyclaims.delta;

import java.util.Locale;

/**
 * What an analyst must know before trusting a delta; declared in the order the contract
 * lists them, which is the order they are reported in.
 */
public enum Caveat {

	DIFFERENT_SPEAKERS, QUALIFIER_MISMATCH, BOUND, SAME_DAY, IMPRECISE_DATE,

	/**
	 * The later claim supersedes the earlier one: the speaker revised the figure, so the
	 * change is a correction of the count rather than a movement of it.
	 */
	SUPERSEDES;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
