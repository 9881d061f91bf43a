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

	private Categories() {
	}

	/** The category of a phrase starting exactly at {@code at}, or null. */
	static Category startingAt(Sentence sentence, int at) {
		for (Map.Entry<String, Category> phrase : PHRASES) {
			if (matches(sentence, at, sentence.size(), phrase.getKey()) > 0) {
				return phrase.getValue();
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
			for (Map.Entry<String, Category> phrase : PHRASES) {
				int length = matches(sentence, i, to, phrase.getKey());
				if (length > 0) {
					Found found = new Found(phrase.getValue(), i, i + length - 1);
					if (!nearestLast) {
						return found;
					}
					best = found;
					i = found.last();
					break;
				}
			}
		}
		return best;
	}

	private static int matches(Sentence sentence, int at, int to, String phrase) {
		String[] words = phrase.split(" ");
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

	/** A category phrase and the tokens it spans. */
	record Found(Category category, int first, int last) {
	}

}
