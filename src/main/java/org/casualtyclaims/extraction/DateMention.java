package org.casualtyclaims.extraction;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * A date expression in a sentence.
 *
 * @param first index of its first token
 * @param last index of its last token
 * @param period whether it bounds a period ("since May 10", "in April 2023") rather than
 * naming the day something was said
 * @param relative whether it counts from another day ("yesterday", "four days earlier"),
 * which makes it the day of the statement it is in
 * @param resolver the day it names, given the publication date and the last date the text
 * named ("four days earlier"); null when it names no single day
 */
record DateMention(int first, int last, boolean period, boolean relative,
		BiFunction<LocalDate, LocalDate, LocalDate> resolver) {

	LocalDate resolve(LocalDate publishedOn, LocalDate anchor) {
		return (this.resolver != null) ? this.resolver.apply(publishedOn, anchor) : null;
	}

	boolean covers(int index) {
		return index >= this.first && index <= this.last;
	}

}
