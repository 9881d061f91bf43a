package org.casualtyclaims.extraction;

import java.util.Locale;

/**
 * One word, number or mark of a sentence, with its place in the whole text.
 *
 * @param text as written
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param lower the text in lower case, kept because every rule compares it
 */
record Token(String text, int start, int end, String lower) {

	Token(String text, int start, int end) {
		this(text, start, end, text.toLowerCase(Locale.ROOT));
	}

	boolean isDigits() {
		return Character.isDigit(this.text.charAt(0));
	}

	boolean isCapitalized() {
		return Character.isUpperCase(this.text.charAt(0));
	}

	boolean is(String... words) {
		for (String word : words) {
			if (this.text.equalsIgnoreCase(word)) {
				return true;
			}
		}
		return false;
	}

}
