package org.casualtyclaims.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the day a statement was made. In order: a date next to the speech verb ("said on
 * Friday", "On Wednesday, the ministry said"); a relative date anywhere in the sentence
 * ("four days earlier"); the last day the same speaker was quoted on; another date in the
 * sentence; the publication date.
 */
final class StatementDates {

	private static final int NEAR_VERB = 10;

	private final LocalDate publishedOn;

	private final Map<String, LocalDate> bySpeaker = new HashMap<>();

	private LocalDate anchor;

	StatementDates(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
		this.anchor = publishedOn;
	}

	Stated of(Sentence s, List<DateMention> mentions, int verb, String speaker) {
		Stated stated = choose(mentions, verb, speaker);
		this.bySpeaker.put(speaker, stated.date());
		if (stated.explicit()) {
			this.anchor = stated.date();
		}
		return stated;
	}

	private Stated choose(List<DateMention> mentions, int verb, String speaker) {
		DateMention nearVerb = null;
		DateMention relative = null;
		DateMention other = null;
		for (DateMention mention : mentions) {
			if (mention.period() || mention.resolve(this.publishedOn, this.anchor) == null) {
				continue;
			}
			boolean near = verb >= 0
					&& Math.min(Math.abs(mention.first() - verb), Math.abs(mention.last() - verb)) <= NEAR_VERB;
			if (near && nearVerb == null) {
				nearVerb = mention;
			}
			else if (mention.relative() && relative == null) {
				relative = mention;
			}
			else if (other == null) {
				other = mention;
			}
		}
		DateMention pick = (nearVerb != null) ? nearVerb : relative;
		if (pick == null && this.bySpeaker.containsKey(speaker)) {
			return new Stated(this.bySpeaker.get(speaker), true);
		}
		pick = (pick != null) ? pick : other;
		if (pick == null) {
			return new Stated(this.publishedOn, false);
		}
		LocalDate date = pick.resolve(this.publishedOn, this.anchor);
		return new Stated(date.isAfter(this.publishedOn) ? this.publishedOn : date, true);
	}

	/**
	 * A statement's day, and whether the text gave it rather than the publication date.
	 */
	record Stated(LocalDate date, boolean explicit) {
	}

}
