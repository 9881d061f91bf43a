package org.casualtyclaims.extraction;

import java.util.List;
import java.util.Set;

/**
 * Where a statement was made, from the sentence's wording: "in an interview with X",
 * "told reporters at X", "told X", "on Telegram", "reported by X", "X reported". Null
 * when the sentence does not say; the outlet stands in then.
 */
final class Sources {

	private static final Set<String> CHANNELS = Set.of("telegram", "facebook", "twitter", "x", "instagram", "youtube",
			"vk", "tiktok", "truth");

	private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "lawmakers", "parliament",
			"legislators", "delegates", "the", "a", "an");

	private Sources() {
	}

	static String in(Sentence sentence) {
		for (int i = 0; i < sentence.size(); i++) {
			String word = sentence.lower(i);
			if (word.equals("interview") && sentence.lower(i + 1).equals("with")) {
				String name = capitalizedFrom(sentence, i + 2);
				if (name != null) {
					return name;
				}
			}
			if ((word.equals("on") || word.equals("a") || word.equals("its"))
					&& CHANNELS.contains(sentence.lower(i + 1))
					&& sentence.get(Math.min(i + 1, sentence.size() - 1)).isCapitalized()) {
				return sentence.get(i + 1).text();
			}
			if (word.equals("reported") && sentence.lower(i + 1).equals("by")) {
				return capitalizedFrom(sentence, i + 2);
			}
			if (word.equals("told") || word.equals("tells")) {
				String told = toldWhom(sentence, i + 1);
				if (told != null) {
					return told;
				}
			}
		}
		return null;
	}

	// "told the BBC", "told reporters at the White House", "told state radio"
	private static String toldWhom(Sentence sentence, int start) {
		int i = start;
		while (i < sentence.size() && AUDIENCES.contains(sentence.lower(i))) {
			i++;
		}
		if (i > start && Text.matches(sentence.lower(i), "at|in") && !Text.matches(sentence.lower(i - 1), "the|a|an")) {
			return capitalizedFrom(sentence, i + 1);
		}
		if (sentence.lower(i).equals("state") && Text.matches(sentence.lower(i + 1), "media|radio|television|tv")) {
			return "state " + sentence.lower(i + 1);
		}
		return (i < sentence.size() && sentence.get(i).isCapitalized()) ? capitalizedFrom(sentence, i) : null;
	}

	private static String capitalizedFrom(Sentence sentence, int start) {
		int i = start;
		// skip a describing word or two: "podcaster Lex Fridman", "the White House"
		while (i < sentence.size() && i < start + 2 && !sentence.get(i).isCapitalized()) {
			i++;
		}
		List<Token> phrase = SpeakerPhrases.after(sentence, i)
			.stream()
			.takeWhile((token) -> token.isCapitalized() || token.is("of", "and", "de"))
			.toList();
		if (phrase.isEmpty()) {
			return null;
		}
		return String.join(" ", phrase.stream().map(Token::text).toList());
	}

}
