package org.casualtyclaims.extraction;

/**
 * A number in a sentence, alone or as a range.
 *
 * @param figure the value, or the middle of the range
 * @param low the range's low end, or null
 * @param high the range's high end, or null
 * @param first index of its first token (a range's "between" included)
 * @param last index of its last token
 * @param inWords whether it was spelled out, which makes it a little less certain
 */
record FigureMention(long figure, Long low, Long high, int first, int last, boolean inWords) {

	static FigureMention single(long value, int first, int last, boolean inWords) {
		return new FigureMention(value, null, null, first, last, inWords);
	}

	static FigureMention range(FigureMention low, FigureMention high, int first) {
		long middle = Math.round((low.figure() + high.figure()) / 2.0);
		return new FigureMention(middle, low.figure(), high.figure(), first, high.last(),
				low.inWords() || high.inWords());
	}

	boolean isRange() {
		return this.low != null;
	}

}
