package org.casualtyclaims.transfer;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "=1+1|'=1+1", "+31 dead|'+31 dead", "-200|'-200",
			"@SUM(A1)|'@SUM(A1)", "'=1|''=1", "''@x|'''@x", "'Tis|'Tis", "plain|plain", "'|'", "a=b|a=b" })
	void guardsWhatASpreadsheetWouldRunAndNothingElse(String text, String written) {
		assertThat(FormulaGuard.guard(text)).isEqualTo(written);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\t1", "\r1" })
	void guardsTabsAndCarriageReturnsAtTheStart(String text) {
		assertThat(FormulaGuard.guard(text)).isEqualTo("'" + text);
	}

	static Stream<String> randomTexts() {
		Random random = new Random(13);
		String alphabet = "'=+-@\t\r a1,\"\n";
		return IntStream.range(0, 200).mapToObj((i) -> {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(6);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			return text.toString();
		});
	}

	@ParameterizedTest
	@MethodSource("randomTexts")
	void unguardUndoesGuardExactly(String text) {
		assertThat(FormulaGuard.unguard(FormulaGuard.guard(text))).isEqualTo(text);
	}

	@ParameterizedTest
	@MethodSource("randomTexts")
	void aGuardedCellNeverStartsAFormula(String text) {
		String written = FormulaGuard.guard(text);
		assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).isTrue();
	}

}
