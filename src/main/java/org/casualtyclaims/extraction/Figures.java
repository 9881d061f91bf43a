package org.casualtyclaims.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Finds the numbers of a sentence: digits with separators ("3,800"), digits with a scale
 * ("1.2 million", "27 hundred"), words ("three thousand", "a dozen") and ranges ("between
 * 100 and 150", "100-150", "100 to 150"). Whether a number is a casualty figure is
 * decided later; this only reads them.
 */
final class Figures {

	private Figures() {
	}

	static List<FigureMention> in(Sentence sentence) {
		List<FigureMention> found = new ArrayList<>();
		int i = 0;
		while (i < sentence.size()) {
			FigureMention number = numberAt(sentence, i);
			if (number == null) {
				i++;
				continue;
			}
			FigureMention figure = rangeFrom(sentence, number);
			found.add(figure);
			i = figure.last() + 1;
		}
		return found;
	}

	private static FigureMention rangeFrom(Sentence sentence, FigureMention low) {
		int next = low.last() + 1;
		boolean between = sentence.lower(low.first() - 1).equals("between") && sentence.lower(next).equals("and");
		boolean joined = sentence.lower(next).equals("-") || sentence.lower(next).equals("–")
				|| (sentence.lower(next).equals("to") && !sentence.lower(low.first() - 1).equals("from"));
		if (!between && !joined) {
			return low;
		}
		FigureMention high = numberAt(sentence, next + 1);
		if (high == null || high.figure() <= low.figure()) {
			return low;
		}
		return FigureMention.range(low, high, between ? low.first() - 1 : low.first());
	}

	static FigureMention numberAt(Sentence sentence, int index) {
		if (index >= sentence.size()) {
			return null;
		}
		Token token = sentence.get(index);
		if (token.isDigits()) {
			return digitsAt(sentence, index);
		}
		if (token.is("a", "an") && index + 1 < sentence.size() && NumberWords.isScale(sentence.get(index + 1).text())) {
			return wordsAt(sentence, index + 1, index);
		}
		if (NumberWords.unit(token.text()).isPresent()) {
			return wordsAt(sentence, index, index);
		}
		return null;
	}

	private static FigureMention digitsAt(Sentence sentence, int index) {
		String text = sentence.get(index).text();
		if (!Text.matches(text, "\\d{1,3}(,\\d{3})+|\\d+|\\d+\\.\\d+")) {
			return null;
		}
		BigDecimal value = new BigDecimal(text.replace(",", ""));
		int last = index;
		if (index + 1 < sentence.size() && NumberWords.isScale(sentence.get(index + 1).text())) {
			value = value.multiply(BigDecimal.valueOf(NumberWords.scale(sentence.get(index + 1).text())));
			last = index + 1;
		}
		if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
			// a fraction is a measure ("1.5 tonnes"), never a count of people
			return null;
		}
		return FigureMention.single(value.longValueExact(), index, last, false);
	}

	private static FigureMention wordsAt(Sentence sentence, int index, int first) {
		NumberWords.Accumulator number = new NumberWords.Accumulator();
		int last = index - 1;
		for (int i = index; i < sentence.size(); i++) {
			String word = sentence.get(i).text();
			OptionalLong unit = NumberWords.unit(word);
			if (unit.isPresent()) {
				number.unit(unit.getAsLong());
			}
			else if (NumberWords.isScale(word)) {
				number.scale(NumberWords.scale(word));
			}
			else if (word.equalsIgnoreCase("and") && number.any() && i + 1 < sentence.size()
					&& NumberWords.unit(sentence.get(i + 1).text()).isPresent() && number.value() >= 100) {
				continue;
			}
			else {
				break;
			}
			last = i;
		}
		return number.any() ? FigureMention.single(number.value(), first, last, true) : null;
	}

}
