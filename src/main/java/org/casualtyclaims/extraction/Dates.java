package org.casualtyclaims.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads date expressions with java.time: "on January 9", "9 Jan 2025", "2025-01-09", "on
 * Thursday", "Saturday's", "yesterday", "last week", "four days earlier", "a day
 * earlier", "two days ago". Days without a year, and weekdays, are the latest such day
 * not after publication; "earlier" counts back from the last date the text named.
 */
final class Dates {

	private static final Map<String, Month> MONTHS = new HashMap<>();

	private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

	private static final Set<String> PERIOD_WORDS = Set.of("since", "between", "from", "until", "till", "through", "in",
			"during", "by", "before", "after");

	static {
		for (Month month : Month.values()) {
			MONTHS.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
			String shortName = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			MONTHS.put(shortName, month);
			MONTHS.put(shortName + ".", month);
		}
		MONTHS.put("sept.", Month.SEPTEMBER);
		MONTHS.remove("may.");
		for (DayOfWeek day : DayOfWeek.values()) {
			WEEKDAYS.put(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), day);
		}
	}

	private Dates() {
	}

	static List<DateMention> in(Sentence sentence) {
		List<DateMention> found = new ArrayList<>();
		for (int i = 0; i < sentence.size(); i++) {
			DateMention mention = at(sentence, i);
			if (mention != null && !mention.period() && continuesPeriod(sentence, found, i)) {
				// "between July 25 and July 27": both ends bound the period
				mention = new DateMention(mention.first(), mention.last(), true, mention.relative(),
						mention.resolver());
			}
			if (mention != null && isDateline(sentence, mention)) {
				mention = new DateMention(mention.first(), mention.last(), true, false, mention.resolver());
			}
			if (mention != null) {
				found.add(mention);
				i = mention.last();
			}
		}
		return found;
	}

	// "since the start of the incursion on August 6": the period runs from that day
	private static boolean sinceBefore(Sentence sentence, int i) {
		for (int k = i - 1; k >= Math.max(0, i - 7); k--) {
			if (sentence.lower(k).equals(",")) {
				return false;
			}
			if (sentence.lower(k).equals("since")) {
				return true;
			}
		}
		return false;
	}

	// "KYIV, Jan 10 -" and "GAZA, March 15 (Wire) -" date the report, not a statement
	private static boolean isDateline(Sentence sentence, DateMention mention) {
		String next = sentence.lower(mention.last() + 1);
		return next.equals("-") || next.equals("–") || next.equals("—") || next.equals("(");
	}

	private static boolean continuesPeriod(Sentence sentence, List<DateMention> found, int i) {
		return !found.isEmpty() && found.get(found.size() - 1).period() && found.get(found.size() - 1).last() == i - 2
				&& (sentence.lower(i - 1).equals("and") || sentence.lower(i - 1).equals("to"));
	}

	private static DateMention at(Sentence sentence, int i) {
		String word = sentence.lower(i);
		// "since May 10", "in April 2023", and a date naming an event ("the October 7
		// attack") bound or name a period, not the day of a statement
		boolean period = PERIOD_WORDS.contains(sentence.lower(i - 1)) || sentence.lower(i - 1).equals("the")
				|| sinceBefore(sentence, i);
		if (MONTHS.containsKey(word) && (i == 0 || !word.equals("may") || sentence.get(i).isCapitalized())) {
			return monthFirst(sentence, i, MONTHS.get(word), period);
		}
		if (sentence.get(i).isDigits() && MONTHS.containsKey(sentence.lower(i + 1))) {
			return dayFirst(sentence, i, period);
		}
		if (Text.matches(word, "\\d{4}") && sentence.lower(i + 1).equals("-")
				&& Text.matches(sentence.lower(i + 2), "\\d{2}") && sentence.lower(i + 3).equals("-")
				&& Text.matches(sentence.lower(i + 4), "\\d{2}")) {
			LocalDate date = LocalDate.parse(word + "-" + sentence.lower(i + 2) + "-" + sentence.lower(i + 4));
			return new DateMention(i, i + 4, period, false, (published, anchor) -> date);
		}
		String weekday = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
		if (WEEKDAYS.containsKey(weekday)) {
			DayOfWeek day = WEEKDAYS.get(weekday);
			int first = sentence.lower(i - 1).equals("last") ? i - 1 : i;
			boolean event = word.endsWith("'s");
			return new DateMention(first, i, period || event || sentence.lower(first - 1).equals("since"), false,
					(published, anchor) -> published.with(TemporalAdjusters.previousOrSame(day)));
		}
		return relative(sentence, i, period);
	}

	private static DateMention monthFirst(Sentence sentence, int i, Month month, boolean period) {
		String next = sentence.lower(i + 1);
		if (Text.matches(next, "\\d{1,2}") && Integer.parseInt(next) >= 1 && Integer.parseInt(next) <= 31) {
			int day = Integer.parseInt(next);
			int last = i + 1;
			Integer year = null;
			int yearAt = sentence.lower(i + 2).equals(",") ? i + 3 : i + 2;
			if (Text.matches(sentence.lower(yearAt), "(19|20)\\d{2}")) {
				year = Integer.parseInt(sentence.lower(yearAt));
				last = yearAt;
			}
			return dayOf(i, last, period, month, day, year);
		}
		int last = Text.matches(next, "(19|20)\\d{2}") ? i + 1 : i;
		// a month alone is a period, never the day something was said
		return new DateMention(i, last, true, false, null);
	}

	private static DateMention dayFirst(Sentence sentence, int i, boolean period) {
		int day = Integer.parseInt(sentence.lower(i).replace(",", "").replace(".", "0"));
		if (day < 1 || day > 31) {
			return null;
		}
		Month month = MONTHS.get(sentence.lower(i + 1));
		Integer year = Text.matches(sentence.lower(i + 2), "(19|20)\\d{2}") ? Integer.parseInt(sentence.lower(i + 2))
				: null;
		return dayOf(i, (year != null) ? i + 2 : i + 1, period, month, day, year);
	}

	private static DateMention dayOf(int first, int last, boolean period, Month month, int day, Integer year) {
		if (day > month.maxLength()) {
			return null;
		}
		MonthDay monthDay = MonthDay.of(month, day);
		return new DateMention(first, last, period, false, (published, anchor) -> {
			if (year != null) {
				return monthDay.atYear(year);
			}
			LocalDate sameYear = monthDay.atYear(published.getYear());
			return sameYear.isAfter(published) ? monthDay.atYear(published.getYear() - 1) : sameYear;
		});
	}

	private static DateMention relative(Sentence sentence, int i, boolean period) {
		String word = sentence.lower(i);
		switch (word) {
			case "yesterday":
				return new DateMention(i, i, period, true, (published, anchor) -> published.minusDays(1));
			case "today":
				return new DateMention(i, i, period, true, (published, anchor) -> published);
			case "last":
				if (sentence.lower(i + 1).equals("week")) {
					return new DateMention(i, i + 1, period, true, (published, anchor) -> published.minusWeeks(1));
				}
				if (Text.matches(sentence.lower(i + 1), "month|year|night")) {
					return new DateMention(i, i + 1, true, true, sentence.lower(i + 1).equals("night")
							? (published, anchor) -> published.minusDays(1) : null);
				}
				return null;
			case "previous":
				return sentence.lower(i + 1).equals("day")
						? new DateMention(i, i + 1, period, true, (published, anchor) -> anchor.minusDays(1)) : null;
			default:
				return daysAway(sentence, i, period);
		}
	}

	// "four days earlier", "a day before", "two days ago", "a week earlier"
	private static DateMention daysAway(Sentence sentence, int i, boolean period) {
		OptionalLong count = sentence.lower(i).equals("a") ? OptionalLong.of(1) : countAt(sentence, i);
		String unit = sentence.lower(i + 1);
		String direction = sentence.lower(i + 2);
		if (count.isEmpty() || !Text.matches(unit, "days?|weeks?")) {
			return null;
		}
		long days = count.getAsLong() * (unit.startsWith("week") ? 7 : 1);
		if (direction.equals("earlier") || direction.equals("before")) {
			return new DateMention(i, i + 2, period, true, (published, anchor) -> anchor.minusDays(days));
		}
		if (direction.equals("ago")) {
			return new DateMention(i, i + 2, period, true, (published, anchor) -> published.minusDays(days));
		}
		return null;
	}

	private static OptionalLong countAt(Sentence sentence, int i) {
		String word = sentence.lower(i);
		if (Text.matches(word, "\\d{1,3}")) {
			return OptionalLong.of(Long.parseLong(word));
		}
		return NumberWords.unit(word);
	}

}
