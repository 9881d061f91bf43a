package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Days and rates between claims whose dates name only a month or a year, by example. */
class DayRangeTests {

	private static ClaimPoint point(long figure, String statedOn, StatedOnPrecision precision) {
		return new ClaimPoint(UUID.randomUUID(), figure, null, null, LocalDate.parse(statedOn), "Volodymyr Zelensky",
				"source", Qualifier.EXACT, precision);
	}

	@ParameterizedTest(name = "{0} ({1}) to {2} ({3}): {4} to {5} days, {6} to {7} a day")
	@CsvSource(nullValues = "null", textBlock = """
			# from, precision, to, precision, daysMin, daysMax, perDayMin, perDayMax
			2025-01-05, day,   2025-01-09, day,   4,   4,   50.0, 50.0
			2025-01-01, month, 2025-02-10, day,   10,  40,  5.0,  20.0
			2024-01-01, year,  2025-01-09, day,   9,   374, 0.53, 22.23
			2024-12-01, month, 2025-01-01, month, 1,   61,  3.27, 200.0
			2025-01-01, month, 2025-01-20, day,   -11, 19,  null, null
			2025-01-01, year,  2025-01-01, month, -364, 30, null, null
			""")
	void aDateThatNamesAMonthOrAYearWidensDaysAndPerDay(String fromOn, String fromPrecision, String toOn,
			String toPrecision, long daysMin, long daysMax, BigDecimal perDayMin, BigDecimal perDayMax) {
		Delta delta = DeltaCalculator.between(point(3800, fromOn, precision(fromPrecision)),
				point(4000, toOn, precision(toPrecision)));
		assertThat(delta.daysMin()).isEqualTo(daysMin);
		assertThat(delta.daysMax()).isEqualTo(daysMax);
		assertThat(DeltaResponse.wire(delta.perDayMin())).isEqualTo(perDayMin);
		assertThat(DeltaResponse.wire(delta.perDayMax())).isEqualTo(perDayMax);
		boolean imprecise = !"day".equals(fromPrecision) || !"day".equals(toPrecision);
		assertThat(delta.caveats().contains(Caveat.IMPRECISE_DATE)).isEqualTo(imprecise);
	}

	@Test
	void theDatesAsWrittenStillGiveDaysAndPerDay() {
		Delta delta = DeltaCalculator.between(point(3800, "2025-01-01", StatedOnPrecision.MONTH),
				point(4000, "2025-02-10", StatedOnPrecision.DAY));
		assertThat(delta.days()).isEqualTo(40);
		assertThat(delta.perDay()).isEqualByComparingTo("5.00");
	}

	@Test
	void aFallingFigureHasItsSteepestRateAsTheMinimum() {
		Delta delta = DeltaCalculator.between(point(4000, "2025-01-01", StatedOnPrecision.MONTH),
				point(3800, "2025-02-10", StatedOnPrecision.DAY));
		assertThat(delta.perDayMin()).isEqualByComparingTo("-20.00");
		assertThat(delta.perDayMax()).isEqualByComparingTo("-5.00");
	}

	@Test
	void aRangeCannotEndBeforeItBegins() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DayRange(2, 1));
	}

	private static StatedOnPrecision precision(String wireName) {
		return StatedOnPrecision.valueOf(wireName.toUpperCase(java.util.Locale.ROOT));
	}

}
