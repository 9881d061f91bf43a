package org.casualtyclaims.extraction;

import java.util.List;
import java.util.Map;

import org.casualtyclaims.claim.Category;

/**
 * Which category a stretch of words names. Phrases are tried most specific first, so
 * "killed or wounded" is casualties before "killed" can be read as killed.
 */
final class Categories {

	private static final List<Map.Entry<String, Category>> PHRASES = List.of(
			Map.entry("killed or wounded", Category.CASUALTIES), Map.entry("killed and wounded", Category.CASUALTIES),
			Map.entry("killed or injured", Category.CASUALTIES), Map.entry("killed and injured", Category.CASUALTIES),
			Map.entry("dead or wounded", Category.CASUALTIES), Map.entry("dead and wounded", Category.CASUALTIES),
			Map.entry("dead or injured", Category.CASUALTIES), Map.entry("wounded or killed", Category.CASUALTIES),
			Map.entry("injured or killed", Category.CASUALTIES), Map.entry("casualties", Category.CASUALTIES),
			Map.entry("casualty", Category.CASUALTIES), Map.entry("lost their lives", Category.KILLED),
			Map.entry("death toll", Category.KILLED), Map.entry("toll", Category.KILLED),
			Map.entry("prisoners of war", Category.CAPTURED), Map.entry("pows", Category.CAPTURED),
			Map.entry("taken prisoner", Category.CAPTURED), Map.entry("taken captive", Category.CAPTURED),
			Map.entry("captured", Category.CAPTURED), Map.entry("captivity", Category.CAPTURED),
			Map.entry("prisoners", Category.CAPTURED), Map.entry("captives", Category.CAPTURED),
			Map.entry("hostages", Category.CAPTURED), Map.entry("surrendered", Category.CAPTURED),
			Map.entry("detained", Category.CAPTURED), Map.entry("missing", Category.MISSING),
			Map.entry("unaccounted", Category.MISSING), Map.entry("killed", Category.KILLED),
			Map.entry("dead", Category.KILLED), Map.entry("died", Category.KILLED),
			Map.entry("deaths", Category.KILLED), Map.entry("fatalities", Category.KILLED),
			Map.entry("perished", Category.KILLED), Map.entry("bodies", Category.KILLED),
			Map.entry("executed", Category.KILLED), Map.entry("murdered", Category.KILLED),
			Map.entry("massacred", Category.KILLED), Map.entry("killing", Category.KILLED),
			Map.entry("wounding", Category.WOUNDED), Map.entry("injuring", Category.WOUNDED),
			Map.entry("wounded", Category.WOUNDED), Map.entry("injured", Category.WOUNDED),
			Map.entry("wounds", Category.WOUNDED), Map.entry("injuries", Category.WOUNDED),
			Map.entry("deployed", Category.DEPLOYED), Map.entry("deployment", Category.DEPLOYED),
			Map.entry("stationed", Category.DEPLOYED), Map.entry("dispatched", Category.DEPLOYED),
			Map.entry("sent", Category.DEPLOYED), Map.entry("losses", Category.CASUALTIES),
			Map.entry("lost", Category.CASUALTIES), Map.entry("suffered", Category.CASUALTIES));

	// the phrases by their first word, each split once
	private static final Map<String, List<Phrase>> BY_FIRST_WORD = new java.util.HashMap<>();

	static {
		for (Map.Entry<String, Category> entry : PHRASES) {
			String[] words = entry.getKey().split(" ");
			BY_FIRST_WORD.computeIfAbsent(words[0], (first) -> new java.util.ArrayList<>())
				.add(new Phrase(words, entry.getValue()));
		}
	}

	private Categories() {
	}

	/** The category of a phrase starting exactly at {@code at}, or null. */
	static Category startingAt(Sentence sentence, int at) {
		Phrase phrase = phraseAt(sentence, at, sentence.size());
		return (phrase != null) ? phrase.category() : null;
	}

	private static Phrase phraseAt(Sentence sentence, int at, int to) {
		for (Phrase phrase : BY_FIRST_WORD.getOrDefault(sentence.lower(at), List.of())) {
			if (matches(sentence, at, to, phrase.words()) > 0) {
				return phrase;
			}
		}
		return null;
	}

	/**
	 * The category the words from {@code from} to {@code to} (exclusive) name, or null.
	 */
	static Category in(Sentence sentence, int from, int to) {
		Found found = find(sentence, from, to, false);
		return (found != null) ? found.category() : null;
	}

	/**
	 * The category named nearest to {@code to}, looking back no further than
	 * {@code from}.
	 */
	static Found nearestBefore(Sentence sentence, int from, int to) {
		return find(sentence, from, to, true);
	}

	private static Found find(Sentence sentence, int from, int to, boolean nearestLast) {
		Found best = null;
		for (int i = Math.max(0, from); i < Math.min(to, sentence.size()); i++) {
			Phrase phrase = phraseAt(sentence, i, to);
			if (phrase != null) {
				Found found = new Found(phrase.category(), i, i + phrase.words().length - 1);
				if (!nearestLast) {
					return found;
				}
				best = found;
				i = found.last();
			}
		}
		return best;
	}

	private static int matches(Sentence sentence, int at, int to, String[] words) {
		if (at + words.length > to) {
			return 0;
		}
		for (int k = 0; k < words.length; k++) {
			if (!sentence.lower(at + k).equals(words[k])) {
				return 0;
			}
		}
		return words.length;
	}

	private record Phrase(String[] words, Category category) {
	}

	/** A category phrase and the tokens it spans. */
	record Found(Category category, int first, int last) {
	}

}
