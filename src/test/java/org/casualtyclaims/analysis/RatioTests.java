package org.casualtyclaims.analysis;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/** The ratio arithmetic on the worked example and its edges. */
class RatioTests {

	@Test
	void fourThousandOfAboutTwelveThousandIsAThird() {
		assertThat(Ratio.percent(4000, 12000)).isEqualByComparingTo("33.33");
		assertThat(Ratio.percent(4000, 12000).scale()).isEqualTo(2);
	}

	@Test
	void halvesRoundUp() {
		// 1/8 = 12.5 %, 1/16 = 6.25 %, 1/32 = 3.125 % -> 3.13, 1/3 = 33.333… -> 33.33
		assertThat(Ratio.percent(1, 32)).isEqualByComparingTo("3.13");
		assertThat(Ratio.percent(2, 3)).isEqualByComparingTo("66.67");
	}

	@Test
	void aZeroDenominatorHasNoRatio() {
		assertThat(Ratio.percent(5, 0)).isNull();
		assertThat(Ratio.percent(0, 7)).isEqualByComparingTo("0");
	}

	@Test
	void theRangeTakesTheSmallestNumeratorOverTheLargestDenominatorAndTheOtherWayRound() {
		Ratio.Bounds casualties = Ratio.Bounds.of(4000, 3500L, 4500L, Qualifier.APPROXIMATELY);
		Ratio.Bounds deployed = Ratio.Bounds.of(12000, 10000L, 15000L, Qualifier.APPROXIMATELY);
		assertThat(Ratio.percentLow(casualties, deployed)).isEqualByComparingTo("23.33");
		assertThat(Ratio.percentHigh(casualties, deployed)).isEqualByComparingTo("45");
	}

	@Test
	void withoutBoundsTheRangeIsThePoint() {
		Ratio.Bounds casualties = Ratio.Bounds.of(4000, null, null, Qualifier.EXACT);
		Ratio.Bounds deployed = Ratio.Bounds.of(12000, null, null, Qualifier.APPROXIMATELY);
		assertThat(Ratio.percentLow(casualties, deployed)).isEqualByComparingTo("33.33");
		assertThat(Ratio.percentHigh(casualties, deployed)).isEqualByComparingTo("33.33");
	}

	@Test
	void openEndsLeaveTheRangeOpen() {
		Ratio.Bounds atLeast = Ratio.Bounds.of(4000, null, null, Qualifier.AT_LEAST);
		Ratio.Bounds atMost = Ratio.Bounds.of(12000, null, null, Qualifier.AT_MOST);
		// a numerator without an upper end, or a denominator that may be 0: no upper end
		assertThat(Ratio.percentHigh(atLeast, Ratio.Bounds.of(12000, null, null, Qualifier.EXACT))).isNull();
		assertThat(Ratio.percentHigh(Ratio.Bounds.of(4000, null, null, Qualifier.EXACT), atMost)).isNull();
		// a denominator without an upper end: the share may be as small as one likes
		assertThat(Ratio.percentLow(Ratio.Bounds.of(4000, null, null, Qualifier.EXACT), atLeast))
			.isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void percentagesGoOnTheWireAsDeltasWriteThem() {
		assertThat(Percentages.wire(new BigDecimal("33.33"))).hasToString("33.33");
		assertThat(Percentages.wire(new BigDecimal("50.00"))).hasToString("50.0");
		assertThat(Percentages.wire(new BigDecimal("100.00"))).hasToString("100.0");
		assertThat(Percentages.wire(null)).isNull();
	}

}
