package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds attributions in a sentence: "X said", "X told", "said X", "according to X", "X,
 * the group's spokesman, said" and "the group's spokesman, X, said". A role given in
 * apposition is remembered for its holder.
 */
final class Attributions {

	private static final Set<String> STRONG = Set.of("said", "says", "say", "told", "tells", "tell", "added", "adding",
			"stated", "states", "claimed", "claims", "claim", "announced", "announces", "reported", "reports", "wrote",
			"writes", "confirmed", "confirms", "acknowledged", "insisted", "noted", "posted", "put", "puts",
			"estimated", "estimates", "estimate", "counted", "tallied", "declared", "disclosed", "revealed", "boasted",
			"admitted", "conceded", "warned", "explained");

	private static final Set<String> WEAK = Set.of("believes", "believe", "thinks", "assessed", "assesses", "suggested",
			"suggests");

	private static final Set<String> BETWEEN = Set.of("also", "has", "have", "had", "later", "previously", "reportedly",
			"separately", "further", "then", "would", "will", "earlier", "again", "officially", "now", "days", "day",
			"weeks", "week", "hours", "a", "two", "three", "soon");

	private Attributions() {
	}

	static List<Attribution> in(Sentence sentence, SpeakerBook book) {
		List<Attribution> found = new ArrayList<>();
		Attribution label = label(sentence);
		if (label != null) {
			found.add(label);
		}
		for (int v = 0; v < sentence.size(); v++) {
			String word = sentence.lower(v);
			boolean according = word.equals("according") && sentence.lower(v + 1).equals("to");
			boolean strong = STRONG.contains(word);
			if (!according && !strong && !WEAK.contains(word)) {
				continue;
			}
			String mention = according ? SpeakerPhrases.tidy(SpeakerPhrases.after(sentence, v + 2))
					: speakerOf(sentence, v, book);
			if ((mention == null || mention.isEmpty()) && !found.isEmpty() && coordinated(sentence, v)) {
				// "X boasted on May 20 that ..., and days later admitted that ..."
				mention = found.get(found.size() - 1).mention();
			}
			if (mention != null && !mention.isEmpty()) {
				found.add(new Attribution(mention, v, according || strong));
			}
		}
		return found;
	}

	// a transcript's "MAJOR GENERAL PAT RYDER:" or "RYDER:" names who speaks
	private static Attribution label(Sentence sentence) {
		int colon = 0;
		while (colon < sentence.size() && colon < 8 && isUpperCaseWord(sentence.get(colon).text())) {
			colon++;
		}
		if (colon == 0 || colon >= sentence.size() || !sentence.get(colon).text().equals(":")) {
			return null;
		}
		List<Token> words = new ArrayList<>();
		for (Token token : sentence.tokens().subList(0, colon)) {
			String word = token.text();
			String titled = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
			words.add(new Token(titled, token.start(), token.end()));
		}
		return new Attribution(SpeakerPhrases.tidy(words), colon, true);
	}

	private static boolean isUpperCaseWord(String word) {
		return Character.isLetter(word.charAt(0)) && word.chars().noneMatch(Character::isLowerCase);
	}

	private static boolean coordinated(Sentence sentence, int verb) {
		int k = verb - 1;
		while (k >= 0 && BETWEEN.contains(sentence.lower(k))) {
			k--;
		}
		return sentence.lower(k).equals("and");
	}

	private static String speakerOf(Sentence sentence, int verb, SpeakerBook book) {
		int end = verb;
		while (end > 0 && BETWEEN.contains(sentence.lower(end - 1))) {
			end--;
		}
		if (end > 0 && sentence.get(end - 1).text().equals(",")) {
			String apposed = apposition(sentence, end - 1, book);
			if (apposed != null) {
				return apposed;
			}
		}
		String before = SpeakerPhrases.tidy(SpeakerPhrases.before(sentence, end));
		if (!before.isEmpty()) {
			return before;
		}
		// "..., said the ministry"
		if (sentence.lower(verb + 1).equals("the")
				|| (verb + 1 < sentence.size() && sentence.get(verb + 1).isCapitalized())) {
			String after = SpeakerPhrases.tidy(SpeakerPhrases.after(sentence, verb + 1));
			return after.isEmpty() ? null : after;
		}
		return null;
	}

	// "NAME, a war monitor, said" or "the mission's head, NAME, told"
	private static String apposition(Sentence sentence, int closingComma, SpeakerBook book) {
		int openingComma = closingComma - 1;
		while (openingComma >= 0 && !sentence.get(openingComma).text().equals(",")) {
			openingComma--;
		}
		if (openingComma < 0 || closingComma - openingComma > 12) {
			return null;
		}
		List<Token> inner = sentence.tokens().subList(openingComma + 1, closingComma);
		String outer = SpeakerPhrases.tidy(SpeakerPhrases.before(sentence, openingComma));
		String innerName = SpeakerPhrases.tidy(inner);
		// "a commander who asked to be named only by his call sign, Kupol, said"
		boolean described = openingComma > 0 && Character.isLowerCase(sentence.get(openingComma - 1).text().charAt(0))
				&& !innerName.isEmpty() && inner.stream().allMatch(Token::isCapitalized);
		if (described && outer.isEmpty()) {
			return innerName;
		}
		if (inner.isEmpty() || outer.isEmpty()) {
			return null;
		}
		if (SpeakerPhrases.isPerson(innerName) || described) {
			book.role(lastWord(outer), innerName);
			return innerName;
		}
		if (Character.isUpperCase(outer.charAt(0))) {
			book.role(lastWord(innerName), outer);
			return outer;
		}
		return null;
	}

	private static String lastWord(String phrase) {
		return phrase.substring(phrase.lastIndexOf(' ') + 1);
	}

}
