package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into sentences and tokens. A sentence ends at {@code .!?} before a
 * capital, a digit or a quotation mark, or at a blank line (headlines and datelines have
 * no full stop); the full stops of abbreviations such as "Gen." or "U.S." end nothing.
 */
final class Sentences {

	// a number with separators, a word (with inner hyphens, apostrophes and the dots of
	// initials), or any other single mark
	private static final Pattern TOKEN = Pattern
		.compile("\\d+(?:[,.]\\d+)*|\\p{L}[\\p{L}\\p{M}'’]*(?:[-.]\\p{L}[\\p{L}\\p{M}'’]*)*\\.?|\\S");

	private static final Pattern BOUNDARY = Pattern.compile("[.!?][\"”’)]*\\s+(?=[\"“‘(]?[\\p{Lu}\\d])|\\n\\s*\\n");

	private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "maj.",
			"capt.", "sgt.", "adm.", "brig.", "gov.", "sen.", "rep.", "st.", "no.", "jan.", "feb.", "mar.", "apr.",
			"jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "approx.", "est.", "vs.");

	private Sentences() {
	}

	static List<Sentence> of(String text) {
		List<Sentence> sentences = new ArrayList<>();
		Matcher boundary = BOUNDARY.matcher(text);
		int start = 0;
		while (boundary.find()) {
			if (boundary.group().charAt(0) == '.' && endsWithAbbreviation(text, boundary.start())) {
				continue;
			}
			add(sentences, text, start, boundary.start() + 1);
			start = boundary.end();
		}
		add(sentences, text, start, text.length());
		return sentences;
	}

	private static boolean endsWithAbbreviation(String text, int dot) {
		int from = dot;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		String word = text.substring(from, dot + 1).toLowerCase(java.util.Locale.ROOT);
		// initials such as "U.S." or "U.N." keep their dots
		return ABBREVIATIONS.contains(word) || Text.matches(word, "(?:\\p{L}\\.){2,}");
	}

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		List<Token> tokens = new ArrayList<>();
		Matcher token = TOKEN.matcher(text).region(start, Math.min(end, text.length()));
		while (token.find()) {
			String word = token.group();
			if (word.length() > 1 && word.endsWith(".") && !isAbbreviation(word)) {
				tokens.add(new Token(word.substring(0, word.length() - 1), token.start(), token.end() - 1));
				tokens.add(new Token(".", token.end() - 1, token.end()));
			}
			else {
				tokens.add(new Token(word, token.start(), token.end()));
			}
		}
		if (!tokens.isEmpty()) {
			sentences.add(new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens));
		}
	}

	private static boolean isAbbreviation(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		return ABBREVIATIONS.contains(lower) || Text.matches(lower, "(?:\\p{L}\\.){2,}");
	}

}
