package org.casualtyclaims.extraction;

import java.util.List;

/**
 * A sentence of the text and its tokens.
 *
 * @param start offset of its first character in the text
 * @param end offset just past its last character
 * @param tokens its words, numbers and marks in order
 */
record Sentence(int start, int end, List<Token> tokens) {

	int size() {
		return this.tokens.size();
	}

	Token get(int index) {
		return this.tokens.get(index);
	}

	/** The lower-cased word at {@code index}, or an empty string outside the sentence. */
	String lower(int index) {
		return (index >= 0 && index < this.tokens.size()) ? this.tokens.get(index).lower() : "";
	}

}
