package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaCalculatorTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					# case                     | from | fromOn     | to   | toOn       | change | days | perDay | percent | direction
					worked example             | 3800 | 2025-01-05 | 4000 | 2025-01-09 | 200    | 4    | 50.00  | 5.26    | INCREASE
					zero days                  | 3800 | 2025-01-09 | 4000 | 2025-01-09 | 200    | 0    | null   | 5.26    | INCREASE
					zero starting figure       | 0    | 2025-01-05 | 4000 | 2025-01-09 | 4000   | 4    | 1000.00| null    | INCREASE
					decrease                   | 4000 | 2025-01-05 | 3800 | 2025-01-09 | -200   | 4    | -50.00 | -5.00   | DECREASE
					unchanged                  | 4000 | 2025-01-05 | 4000 | 2025-01-09 | 0      | 4    | 0.00   | 0.00    | UNCHANGED
					zero to zero               | 0    | 2025-01-05 | 0    | 2025-01-05 | 0      | 0    | null   | null    | UNCHANGED
					half up per day            | 100  | 2025-01-01 | 101  | 2025-01-09 | 1      | 8    | 0.13   | 1.00    | INCREASE
					half up percent            | 800  | 2025-01-01 | 801  | 2025-01-02 | 1      | 1    | 1.00   | 0.13    | INCREASE
					half up away from zero     | 800  | 2025-01-01 | 799  | 2025-01-09 | -1     | 8    | -0.13  | -0.13   | DECREASE
					below a half rounds down   | 3    | 2025-01-01 | 4    | 2025-01-04 | 1      | 3    | 0.33   | 33.33   | INCREASE
					two thirds rounds up       | 3    | 2025-01-01 | 5    | 2025-01-04 | 2      | 3    | 0.67   | 66.67   | INCREASE
					across a leap day          | 10   | 2024-02-28 | 20   | 2024-03-01 | 10     | 2    | 5.00   | 100.00  | INCREASE
					to older than from         | 4000 | 2025-01-09 | 3800 | 2025-01-05 | -200   | -4   | 50.00  | -5.00   | DECREASE
					""")
	void computesChangeDaysRatesAndDirection(String name, long from, LocalDate fromOn, long to, LocalDate toOn,
			long change, long days, BigDecimal perDay, BigDecimal percent, Direction direction) {
		Delta delta = DeltaCalculator.between(point(from, fromOn), point(to, toOn));
		assertThat(delta.change()).isEqualTo(change);
		assertThat(delta.days()).isEqualTo(days);
		assertThat(delta.perDay()).isEqualTo(perDay);
		assertThat(delta.percentChange()).isEqualTo(percent);
		assertThat(delta.direction()).isEqualTo(direction);
	}

	@Test
	void theWorkedExampleHasNoCaveatsAndAnExactRange() {
		Delta delta = DeltaCalculator.between(point(3800, LocalDate.parse("2025-01-05")),
				point(4000, LocalDate.parse("2025-01-09")));
		assertThat(delta.changeLow()).isEqualTo(200);
		assertThat(delta.changeHigh()).isEqualTo(200);
		assertThat(delta.perDay()).isEqualByComparingTo("50.0").hasScaleOf(2);
		assertThat(delta.sameSpeaker()).isTrue();
		assertThat(delta.caveats()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					# case                       | from | fLow | fHigh | fQual         | to   | tLow | tHigh | tQual         | low  | high
					ranges on both sides         | 3800 | 3500 | 4000  | APPROXIMATELY | 4000 | 3900 | 4500  | APPROXIMATELY | -100 | 1000
					range on one side            | 3800 | null | null  | EXACT         | 4000 | 3900 | 4200  | APPROXIMATELY | 100  | 400
					only a lower end given       | 3800 | 3000 | null  | EXACT         | 4000 | null | null  | EXACT         | 200  | 1000
					at_least to has no upper end | 3800 | null | null  | EXACT         | 4000 | null | null  | AT_LEAST      | 200  | null
					at_least from has no upper   | 3800 | null | null  | AT_LEAST      | 4000 | null | null  | EXACT         | null | 200
					at_most from starts at zero  | 3800 | null | null  | AT_MOST       | 4000 | null | null  | EXACT         | 200  | 4000
					at_most to starts at zero    | 3800 | null | null  | EXACT         | 4000 | null | null  | AT_MOST       | -3800| 200
					at_least both sides          | 3800 | null | null  | AT_LEAST      | 4000 | null | null  | AT_LEAST      | null | null
					at_least overrides figureHigh| 3800 | null | null  | EXACT         | 4000 | null | 4500  | AT_LEAST      | 200  | null
					at_most overrides figureLow  | 3800 | 3500 | null  | AT_MOST       | 4000 | null | null  | EXACT         | 200  | 4000
					""")
	void carriesUncertaintyIntoTheChangeRange(String name, long from, Long fromLow, Long fromHigh,
			Qualifier fromQualifier, long to, Long toLow, Long toHigh, Qualifier toQualifier, Long changeLow,
			Long changeHigh) {
		ClaimPoint a = new ClaimPoint(UUID.randomUUID(), from, fromLow, fromHigh, LocalDate.parse("2025-01-05"),
				"Zelensky", "podcast", fromQualifier);
		ClaimPoint b = new ClaimPoint(UUID.randomUUID(), to, toLow, toHigh, LocalDate.parse("2025-01-09"), "Zelensky",
				"Interfax", toQualifier);
		Delta delta = DeltaCalculator.between(a, b);
		assertThat(delta.change()).isEqualTo(to - from);
		assertThat(delta.changeLow()).isEqualTo(changeLow);
		assertThat(delta.changeHigh()).isEqualTo(changeHigh);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# case                 | fromSpeaker        | fromQual | toSpeaker            | toQual   | toOn       | caveats
					none                   | Volodymyr Zelensky | EXACT    | Volodymyr Zelensky   | EXACT    | 2025-01-09 | ''
					speaker case and space | Volodymyr Zelensky | EXACT    | ' volodymyr  ZELENSKY' | EXACT  | 2025-01-09 | ''
					different speakers     | Volodymyr Zelensky | EXACT    | Lloyd Austin         | EXACT    | 2025-01-09 | DIFFERENT_SPEAKERS
					qualifier mismatch     | Volodymyr Zelensky | EXACT    | Volodymyr Zelensky   | APPROXIMATELY | 2025-01-09 | QUALIFIER_MISMATCH
					bound on both, alike   | Volodymyr Zelensky | AT_LEAST | Volodymyr Zelensky   | AT_LEAST | 2025-01-09 | BOUND
					same day               | Volodymyr Zelensky | EXACT    | Volodymyr Zelensky   | EXACT    | 2025-01-05 | SAME_DAY
					all four in order      | Volodymyr Zelensky | EXACT    | Lloyd Austin         | AT_MOST  | 2025-01-05 | DIFFERENT_SPEAKERS QUALIFIER_MISMATCH BOUND SAME_DAY
					""")
	void listsCaveatsInTheContractsOrder(String name, String fromSpeaker, Qualifier fromQualifier, String toSpeaker,
			Qualifier toQualifier, LocalDate toOn, String caveats) {
		ClaimPoint a = new ClaimPoint(UUID.randomUUID(), 3800, null, null, LocalDate.parse("2025-01-05"), fromSpeaker,
				"podcast", fromQualifier);
		ClaimPoint b = new ClaimPoint(UUID.randomUUID(), 4000, null, null, toOn, toSpeaker, "Interfax", toQualifier);
		Delta delta = DeltaCalculator.between(a, b);
		List<Caveat> expected = caveats.isBlank() ? List.of()
				: java.util.Arrays.stream(caveats.split(" ")).map(Caveat::valueOf).toList();
		assertThat(delta.caveats()).containsExactlyElementsOf(expected);
		assertThat(delta.sameSpeaker()).isEqualTo(!expected.contains(Caveat.DIFFERENT_SPEAKERS));
	}

	@Test
	void aMissingQualifierIsExact() {
		ClaimPoint a = new ClaimPoint(UUID.randomUUID(), 1, null, null, LocalDate.parse("2025-01-05"), "A", "s", null);
		ClaimPoint b = new ClaimPoint(UUID.randomUUID(), 2, null, null, LocalDate.parse("2025-01-06"), "A", "s",
				Qualifier.EXACT);
		assertThat(DeltaCalculator.between(a, b).caveats()).isEmpty();
	}

	// the rule of speaker= (PostgreSQL's lower(), letter by letter), spaces forgiven
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ΟΔΥΣΣΕΑΣ|οδυσσεασ|true", "ΟΔΥΣΣΕΑΣ|' ΟΔΥΣΣΕΑΣ '|true",
			"ΟΔΥΣΣΕΑΣ|Οδυσσέας|false", "Volodymyr Zelensky|volodymyr  ZELENSKY|true", "Zelensky|Austin|false" })
	void speakersAreTheSameByTheFiltersCaseRule(String a, String b, boolean same) {
		assertThat(DeltaCalculator.sameSpeaker(a, b)).isEqualTo(same);
	}

	static ClaimPoint point(long figure, LocalDate statedOn) {
		return new ClaimPoint(UUID.randomUUID(), figure, null, null, statedOn, "Volodymyr Zelensky", "source",
				Qualifier.EXACT);
	}

}
