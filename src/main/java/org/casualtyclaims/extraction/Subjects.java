package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A first guess at what a figure counts, for the analyst to correct: the words between
 * the figure and its noun ("North Korean soldiers") and the place the sentence names next
 * ("in the Kursk region" gives "in Kursk").
 */
final class Subjects {

	private Subjects() {
	}

	static String of(Sentence s, FigureMention figure, Head head, String previous) {
		String place = placeAfter(s, Math.max(figure.last(), head.noun()) + 1);
		if (head.noun() < 0 || Categories.startingAt(s, head.noun()) != null) {
			String base = (previous != null) ? previous : "people";
			return (place != null && !base.contains(" in ")) ? base + " in " + place : base;
		}
		List<String> words = new ArrayList<>();
		for (int i = figure.last() + 1; i <= head.noun(); i++) {
			String word = s.get(i).text();
			if (!word.equalsIgnoreCase("of") && !s.lower(i - 1).equals("of") || i == head.noun()) {
				words.add(word);
			}
		}
		String noun = String.join(" ", words);
		return (place != null) ? noun + " in " + place : noun;
	}

	private static String placeAfter(Sentence s, int from) {
		for (int i = from; i < Math.min(s.size(), from + 10); i++) {
			if (!s.lower(i).equals("in")) {
				continue;
			}
			int start = i + 1;
			while (start < s.size() && !s.get(start).isCapitalized() && start < i + 3) {
				start++;
			}
			List<String> place = new ArrayList<>();
			for (int k = start; k < s.size() && s.get(k).isCapitalized()
					&& Character.isLetter(s.get(k).text().charAt(0)); k++) {
				place.add(s.get(k).text());
			}
			if (!place.isEmpty()) {
				return String.join(" ", place);
			}
		}
		return null;
	}

}
