package org.casualtyclaims.extraction;

import java.util.Set;

import org.casualtyclaims.claim.Category;

/**
 * What follows a figure: the noun it counts ("4,000 North Korean soldiers", "192 of its
 * servicemen", "121 wounded") and the category the next few words give it ("had been
 * killed or wounded", "remain in Russian captivity", "are missing").
 *
 * @param noun index of the counted noun, or -1
 * @param category the category the following words name, or null
 * @param refused whether the figure counts things, not people
 */
record Head(int noun, Category category, boolean refused) {

	private static final Set<String> STOPS = Set.of("and", "but", "while", "whereas", "or", "than", "because");

	private static final Set<String> OF_WHOM = Set.of("its", "their", "the", "his", "her", "them", "those", "our");

	private static final Set<String> ASIDES = Set.of("including", "among", "mostly", "many", "most", "all", "some");

	private static final Set<String> HEDGES = Set.of("more", "than", "about", "at", "least", "over", "up", "to", "some",
			"nearly", "almost", "around", "roughly", "an", "estimated");

	private static final Set<String> LINKS = Set.of("were", "was", "had", "have", "has", "are", "is", "remain",
			"remained", "remains");

	static Head after(Sentence s, int last) {
		int i = last + 1;
		int noun = -1;
		for (int seen = 0; i < s.size() && seen < 5; i++, seen++) {
			Token token = s.get(i);
			String word = token.lower();
			if (Lexicon.NOT_PEOPLE.contains(word)
					|| word.equals("-") && Text.matches(s.lower(i + 1), "year-old|hour|day")) {
				return new Head(-1, null, true);
			}
			if (!Character.isLetter(word.charAt(0)) || LINKS.contains(word)) {
				break;
			}
			if (word.equals("of") && OF_WHOM.contains(s.lower(i + 1))) {
				i++;
				continue;
			}
			if (Lexicon.PEOPLE.contains(word)) {
				if (Lexicon.NOT_PEOPLE.contains(s.lower(i + 1))) {
					return new Head(-1, null, true);
				}
				noun = i;
				break;
			}
			if (STOPS.contains(word)) {
				break;
			}
		}
		int from = (noun >= 0) ? noun + 1 : i;
		if (movedNotHurt(s, from) || isRate(s, from)) {
			return new Head(-1, null, true);
		}
		Category category = categoryFollowing(s, from);
		if (category == null && noun >= 0) {
			category = Categories.startingAt(s, noun);
		}
		return new Head(noun, category, false);
	}

	private static boolean countedNext(Sentence s, int at) {
		int k = at + 1;
		while (k < Math.min(s.size(), at + 4) && HEDGES.contains(s.lower(k))) {
			k++;
		}
		return Figures.numberAt(s, k) != null && !Text.matches(s.lower(k - 1), "since|on|in");
	}

	// "treating up to 40 wounded soldiers a day": a rate, not a count
	static boolean isRate(Sentence s, int from) {
		for (int k = from; k < Math.min(s.size(), from + 2); k++) {
			if (Text.matches(s.lower(k), "a|per|each|every")
					&& Text.matches(s.lower(k + 1), "day|week|month|hour|night")) {
				return true;
			}
		}
		return false;
	}

	// "75 prisoners were swapped", "200 people were evacuated"
	private static boolean movedNotHurt(Sentence s, int from) {
		for (int i = from; i < Math.min(s.size(), from + 4); i++) {
			if (Lexicon.NOT_CASUALTY_VERBS.contains(s.lower(i))) {
				return true;
			}
			if (!LINKS.contains(s.lower(i)) && !s.lower(i).equals("been") && !s.lower(i).endsWith("ly")) {
				return false;
			}
		}
		return false;
	}

	// within six words, with nothing but auxiliaries, adverbs and prepositions before it;
	// an aside such as ", including 10 civilians," is stepped over
	private static Category categoryFollowing(Sentence s, int from) {
		int limit = from + 6;
		for (int i = from; i < Math.min(s.size(), limit); i++) {
			String word = s.lower(i);
			if (word.equals(",") && ASIDES.contains(s.lower(i + 1))) {
				int close = i + 1;
				while (close < s.size() && !s.lower(close).equals(",") && close < i + 10) {
					close++;
				}
				limit += close - i;
				i = close;
				continue;
			}
			Category category = Categories.startingAt(s, i);
			if (category != null) {
				// "had lost more than a hundred": the word belongs to the number after it
				return countedNext(s, i) ? null : category;
			}
			if (STOPS.contains(word) || !Character.isLetter(word.isEmpty() ? ',' : word.charAt(0))
					|| Lexicon.NOT_CASUALTY_VERBS.contains(word)) {
				return null;
			}
		}
		return null;
	}

}
