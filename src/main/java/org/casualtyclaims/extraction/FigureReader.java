package org.casualtyclaims.extraction;

import java.util.List;
import java.util.Set;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.Qualifier;

/**
 * Decides whether a number is a casualty figure and reads what it counts. A figure must
 * count people ("4,000 North Korean soldiers", "121 wounded", "two are missing") or be
 * the value of a toll ("the death toll has risen to 16", "put the number deployed at
 * 12,000"); money, years, ages, measures, things and differences are turned away.
 */
final class FigureReader {

	private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "has", "been", "being", "are",
			"is", "remain", "remained", "remains", "reportedly", "also", "later", "seriously", "critically", "badly",
			"lightly", "officially", "listed", "as", "now", "still", "all", "among", "the", "in", "either");

	private static final Set<String> TOLL_LINKS = Set.of("at", "to", "of", "reached", "is", "was", "stood", "totalled",
			"totaled", "hit");

	private static final Set<String> SUBCOUNT = Set.of("including", "among", "of", "whom", "those", "them");

	private FigureReader() {
	}

	/** The reading of {@code figure}, or null when it is no casualty figure. */
	static Reading read(Sentence s, FigureMention figure, FigureMention previousInSentence, boolean previousAccepted,
			Reading previous) {
		int first = figure.first();
		int last = figure.last();
		if (isMoneyYearOrAge(s, figure) || isDerived(s, first, last)) {
			return null;
		}
		int qualifierStart = qualifierStart(s, first);
		Qualifier qualifier = qualifierOf(s, qualifierStart, first);
		if (anyOf(s, qualifierStart - 3, qualifierStart, Lexicon.NOT_CASUALTY_VERBS)) {
			return null;
		}
		Head head = Head.after(s, last);
		if (head.refused()) {
			return null;
		}
		Category category = head.category();
		double certainty = 1.0;
		int from = clauseStart(s, (previousInSentence != null) ? previousInSentence.last() + 1 : 0, qualifierStart);
		if (category == null && previous != null && previousAccepted && bringsTotalTo(s, qualifierStart)) {
			category = previous.category();
			certainty = 0.9;
		}
		if (category == null && (head.noun() >= 0 || tollLink(s, qualifierStart))) {
			Categories.Found before = Categories.nearestBefore(s, from, qualifierStart);
			if (before != null && !anyOf(s, before.last() + 1, qualifierStart, Lexicon.NOT_CASUALTY_VERBS)) {
				category = before.category();
				certainty = 0.9;
			}
		}
		if (category == null && previous != null && refersBack(s, from, qualifierStart, previousAccepted)) {
			category = previous.category();
			certainty = 0.8;
		}
		if (category == null) {
			return null;
		}
		String subject = Subjects.of(s, figure, head, (previous != null) ? previous.subject() : null);
		return new Reading(category, qualifier, subject, certainty);
	}

	private static boolean isMoneyYearOrAge(Sentence s, FigureMention figure) {
		String before = s.lower(figure.first() - 1);
		String after = s.lower(figure.last() + 1);
		String text = s.get(figure.first()).text();
		boolean year = !figure.isRange() && Text.matches(text, "(19|20)\\d{2}") && !Lexicon.PEOPLE.contains(after);
		boolean age = Text.matches(before, "aged?|ages") || Text.matches(s.lower(figure.first() - 2), "aged?")
				|| (after.equals("-") && s.lower(figure.last() + 2).startsWith("year")) || after.equals("years-old")
				|| (after.equals("years") && s.lower(figure.last() + 2).equals("old"));
		return Lexicon.CURRENCY.contains(before) || year || age;
	}

	private static boolean isDerived(Sentence s, int first, int last) {
		String after = s.lower(last + 1) + " " + s.lower(last + 2);
		if (Lexicon.DERIVED_AFTER.contains(after)) {
			return true;
		}
		int start = qualifierStart(s, first);
		for (int n = 1; n <= 3; n++) {
			StringBuilder words = new StringBuilder();
			for (int k = start - n; k < start; k++) {
				words.append(words.isEmpty() ? "" : " ").append(s.lower(k));
			}
			if (Lexicon.DERIVED_BEFORE.contains(words.toString())) {
				return true;
			}
		}
		return false;
	}

	private static int qualifierStart(Sentence s, int first) {
		for (int n = 3; n >= 1; n--) {
			if (phrase(s, first - n, first, Lexicon.AT_LEAST) || phrase(s, first - n, first, Lexicon.AT_MOST)
					|| phrase(s, first - n, first, Lexicon.APPROXIMATELY)) {
				return first - n;
			}
		}
		return first;
	}

	private static Qualifier qualifierOf(Sentence s, int start, int first) {
		if (phrase(s, start, first, Lexicon.AT_LEAST)) {
			return Qualifier.AT_LEAST;
		}
		if (phrase(s, start, first, Lexicon.AT_MOST)) {
			return Qualifier.AT_MOST;
		}
		return phrase(s, start, first, Lexicon.APPROXIMATELY) ? Qualifier.APPROXIMATELY : Qualifier.EXACT;
	}

	private static boolean phrase(Sentence s, int from, int to, Set<String> phrases) {
		if (from < 0 || from >= to) {
			return false;
		}
		StringBuilder words = new StringBuilder();
		for (int k = from; k < to; k++) {
			words.append(words.isEmpty() ? "" : " ").append(s.lower(k));
		}
		return phrases.contains(words.toString());
	}

	private static boolean anyOf(Sentence s, int from, int to, Set<String> words) {
		for (int k = Math.max(0, from); k < to; k++) {
			if (words.contains(s.lower(k))) {
				return true;
			}
		}
		return false;
	}

	// "put the figure at 3,800", "the toll rose to 16"
	private static boolean tollLink(Sentence s, int start) {
		return TOLL_LINKS.contains(s.lower(start - 1));
	}

	// "two soldiers had been killed, bringing its losses to 367": a running total of the
	// same count
	private static boolean bringsTotalTo(Sentence s, int start) {
		return s.lower(start - 1).equals("to")
				&& anyOf(s, Math.max(0, start - 12), start, Set.of("bringing", "taking", "raising"));
	}

	// the words before a figure that can name its category stop at a clause boundary:
	// "killed in a strike on a building, where about 200 people had been sheltering"
	private static int clauseStart(Sentence s, int from, int start) {
		for (int k = start - 1; k > from; k--) {
			if (Text.matches(s.lower(k), "[,;:]|where|which|who|whom|while|whereas")) {
				return k + 1;
			}
		}
		return from;
	}

	// "the figure at", "including", "among them", "of those", "and" after another figure
	private static boolean refersBack(Sentence s, int from, int start, boolean previousAccepted) {
		if (s.lower(start - 1).equals("at") && Text.matches(s.lower(start - 2), "figure|number|toll|total|count")) {
			return true;
		}
		for (int k = Math.max(0, start - 4); k < start; k++) {
			if (SUBCOUNT.contains(s.lower(k)) && !s.lower(k).equals("of")
					|| s.lower(k).equals("of") && Text.matches(s.lower(k + 1), "those|them|whom")) {
				return true;
			}
		}
		return previousAccepted && start - from <= 4 && anyOf(s, from, start, Set.of("and", "plus"));
	}

}
