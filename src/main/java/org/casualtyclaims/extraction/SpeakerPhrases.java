package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun phrase that names a speaker around a speech verb and tidies it: no
 * article, no title ("President", "Col.", "army spokesman Rear Admiral"), and "a
 * spokesperson for X" or "an X spokesperson" is X.
 */
final class SpeakerPhrases {

	/** Lower-case words that belong in the name of a speaking body. */
	static final Set<String> BODY_WORDS = Set.of("ministry", "military", "army", "intelligence", "officials",
			"official", "forces", "force", "office", "agency", "government", "spokesperson", "spokesman", "spokeswoman",
			"monitor", "mission", "police", "authorities", "commander", "governor", "ombudsman", "head", "wing",
			"staff", "service", "group", "experts", "sources", "analysts", "administration", "health", "human",
			"rights", "armed", "senior", "regional", "acting", "state", "local", "defence", "defense", "foreign",
			"interior", "emergency", "security", "spy", "war", "rebel", "junta", "regime", "alliance", "observers",
			"medics", "doctors", "prosecutors", "investigators", "council", "command", "leadership", "chief", "civil",
			"rescue", "medical");

	private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "the", "de", "in", "al", "on");

	private static final Set<String> TITLES = Set.of("president", "prime", "minister", "general", "gen.", "colonel",
			"col.", "major", "maj.", "lieutenant", "lt.", "rear", "admiral", "adm.", "brigadier", "sergeant", "captain",
			"capt.", "governor", "gov.", "commander", "spokesman", "spokeswoman", "spokesperson", "mr.", "mrs.", "ms.",
			"dr.", "mr", "ms", "dr", "ombudsman", "head", "chief", "secretary", "ambassador", "mayor", "lawmaker",
			"senator", "deputy", "acting", "army", "police", "military", "defence", "defense", "foreign", "oblast",
			"regional", "rebel", "senior", "official");

	private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman");

	private static final Set<String> BODY_HEADS = Set.of("ministry", "forces", "force", "army", "office", "service",
			"staff", "mission", "council", "group", "agency", "observatory", "alliance", "front", "headquarters",
			"times", "nations", "government", "military", "intelligence", "police", "command", "committee", "brigade",
			"guard", "post", "news", "press", "institute", "union", "organization", "organisation", "authority",
			"department", "frontières", "cross", "crescent", "officials", "experts");

	private SpeakerPhrases() {
	}

	/**
	 * The phrase ending just before {@code end}, walking back while words can name a
	 * speaker.
	 */
	static List<Token> before(Sentence sentence, int end) {
		List<Token> phrase = new ArrayList<>();
		for (int i = end - 1; i >= 0; i--) {
			Token token = sentence.get(i);
			boolean connector = CONNECTORS.contains(token.lower()) && !phrase.isEmpty();
			if (!(fitsName(token) || connector)) {
				break;
			}
			phrase.add(0, token);
		}
		while (!phrase.isEmpty() && CONNECTORS.contains(phrase.get(0).lower()) && !phrase.get(0).is("the")) {
			phrase.remove(0);
		}
		return phrase;
	}

	/**
	 * The phrase starting at {@code start}, walking on while words can name a speaker.
	 */
	static List<Token> after(Sentence sentence, int start) {
		List<Token> phrase = new ArrayList<>();
		for (int i = start; i < sentence.size(); i++) {
			Token token = sentence.get(i);
			if (!(fitsName(token) || CONNECTORS.contains(token.lower()) || token.is("a", "an"))) {
				break;
			}
			phrase.add(token);
		}
		while (!phrase.isEmpty() && CONNECTORS.contains(phrase.get(phrase.size() - 1).lower())) {
			phrase.remove(phrase.size() - 1);
		}
		return phrase;
	}

	private static boolean fitsName(Token token) {
		return (Character.isLetter(token.text().charAt(0)) && token.isCapitalized())
				|| BODY_WORDS.contains(token.lower()) || SpeakerBook.isPronounWord(token.lower());
	}

	/** The speaker a phrase names, tidied; empty when nothing is left. */
	static String tidy(List<Token> phrase) {
		List<String> words = new ArrayList<>(phrase.stream().map(Token::text).toList());
		for (int i = 0; i < words.size(); i++) {
			if (SPOKESPEOPLE.contains(words.get(i).toLowerCase()) && i + 1 < words.size()
					&& words.get(i + 1).equalsIgnoreCase("for")) {
				words = new ArrayList<>(words.subList(i + 2, words.size()));
				break;
			}
		}
		while (!words.isEmpty() && Text.matches(words.get(0).toLowerCase(), "the|a|an")) {
			words.remove(0);
		}
		int lastTitle = -1;
		for (int i = 0; i < words.size() - 1; i++) {
			if (TITLES.contains(words.get(i).toLowerCase()) && Character.isUpperCase(words.get(i + 1).charAt(0))
					&& !TITLES.contains(words.get(i + 1).toLowerCase())) {
				lastTitle = i;
			}
		}
		if (lastTitle >= 0 && isPerson(String.join(" ", words.subList(lastTitle + 1, words.size())))) {
			words = new ArrayList<>(words.subList(lastTitle + 1, words.size()));
		}
		while (words.size() > 1 && SPOKESPEOPLE.contains(words.get(words.size() - 1).toLowerCase())) {
			words.remove(words.size() - 1);
		}
		return String.join(" ", words);
	}

	/**
	 * Whether a name reads as a person's: two to four capitalized words, none a body's.
	 */
	static boolean isPerson(String name) {
		String[] words = name.split(" ");
		if (words.length < 2 || words.length > 4 || name.contains("'s") || name.contains("’s")) {
			return false;
		}
		for (String word : words) {
			if (!Character.isUpperCase(word.charAt(0)) || BODY_HEADS.contains(word.toLowerCase())
					|| word.chars().filter(Character::isUpperCase).count() > 1) {
				return false;
			}
		}
		return true;
	}

}
