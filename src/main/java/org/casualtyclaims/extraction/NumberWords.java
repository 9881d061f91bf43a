package org.casualtyclaims.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * English number words ("three thousand", "twenty seven", "27 hundred", "a dozen"). The
 * vocabulary comes from ICU's English spell-out rules, word by word; the words are then
 * combined here, because ICU's strict parse reads "twenty seven" as 2007 and costs about
 * half a millisecond a phrase, too slow for a long article full of numbers.
 */
final class NumberWords {

	private static final Map<String, Long> UNITS = new HashMap<>();

	private static final Map<String, Long> SCALES = new HashMap<>();

	static {
		RuleBasedNumberFormat spellOut = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
		for (long n = 1; n < 100; n++) {
			String words = spellOut.format(n);
			if (!words.contains(" ") && !words.contains("-")) {
				UNITS.put(words, n);
			}
		}
		for (long scale : new long[] { 100, 1_000, 1_000_000, 1_000_000_000 }) {
			String words = spellOut.format(scale);
			SCALES.put(words.substring(words.lastIndexOf(' ') + 1), scale);
		}
		// not a spell-out word, but how casualty figures are written
		SCALES.put("dozen", 12L);
	}

	private NumberWords() {
	}

	static boolean isUnit(String word) {
		return UNITS.containsKey(word.toLowerCase(Locale.ROOT));
	}

	static boolean isScale(String word) {
		return SCALES.containsKey(word.toLowerCase(Locale.ROOT));
	}

	static long scale(String word) {
		return SCALES.get(word.toLowerCase(Locale.ROOT));
	}

	/** The value of a unit word or a hyphenated pair ("twenty-seven"), if it is one. */
	static OptionalLong unit(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		Long value = UNITS.get(lower);
		if (value != null) {
			return OptionalLong.of(value);
		}
		int hyphen = lower.indexOf('-');
		if (hyphen > 0) {
			Long tens = UNITS.get(lower.substring(0, hyphen));
			Long ones = UNITS.get(lower.substring(hyphen + 1));
			if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
				return OptionalLong.of(tens + ones);
			}
		}
		return OptionalLong.empty();
	}

	/** Adds one word to a running value, the way English numbers are written. */
	static final class Accumulator {

		private long total;

		private long current;

		private boolean any;

		void unit(long value) {
			this.current += value;
			this.any = true;
		}

		void scale(long value) {
			long base = (this.current == 0) ? 1 : this.current;
			if (value == 100 || value == 12) {
				this.current = base * value;
			}
			else {
				this.total += base * value;
				this.current = 0;
			}
			this.any = true;
		}

		boolean any() {
			return this.any;
		}

		long value() {
			return this.total + this.current;
		}

	}

}
