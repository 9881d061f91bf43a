package org.casualtyclaims.delta;

import java.time.LocalDate;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.casualtyclaims.claim.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

class DeltaCalculatorPropertyTests {

	@Property
	void changeIsToMinusFrom(@ForAll("points") ClaimPoint from, @ForAll("points") ClaimPoint to) {
		assertThat(DeltaCalculator.between(from, to).change()).isEqualTo(to.figure() - from.figure());
	}

	@Property
	void directionFollowsTheSignOfTheChange(@ForAll("points") ClaimPoint from, @ForAll("points") ClaimPoint to) {
		Delta delta = DeltaCalculator.between(from, to);
		Direction expected = switch (Long.signum(delta.change())) {
			case 1 -> Direction.INCREASE;
			case -1 -> Direction.DECREASE;
			default -> Direction.UNCHANGED;
		};
		assertThat(delta.direction()).isEqualTo(expected);
	}

	@Property
	void swappingFromAndToNegatesChangeDaysAndTheRange(@ForAll("points") ClaimPoint a,
			@ForAll("points") ClaimPoint b) {
		Delta forward = DeltaCalculator.between(a, b);
		Delta backward = DeltaCalculator.between(b, a);
		assertThat(backward.change()).isEqualTo(-forward.change());
		assertThat(backward.days()).isEqualTo(-forward.days());
		assertThat(backward.changeLow()).isEqualTo(negated(forward.changeHigh()));
		assertThat(backward.changeHigh()).isEqualTo(negated(forward.changeLow()));
		assertThat(backward.caveats()).isEqualTo(forward.caveats());
	}

	@Property
	void theChangeLiesWithinItsRange(@ForAll("points") ClaimPoint from, @ForAll("points") ClaimPoint to) {
		Delta delta = DeltaCalculator.between(from, to);
		if (delta.changeLow() != null) {
			assertThat(delta.changeLow()).isLessThanOrEqualTo(delta.change());
		}
		if (delta.changeHigh() != null) {
			assertThat(delta.changeHigh()).isGreaterThanOrEqualTo(delta.change());
		}
	}

	private static Long negated(Long value) {
		return (value != null) ? -value : null;
	}

	@Provide
	Arbitrary<ClaimPoint> points() {
		Arbitrary<Long> figure = Arbitraries.longs().between(0, 100_000_000);
		Arbitrary<Long> below = Arbitraries.longs().between(0, 1_000_000).injectNull(0.5);
		Arbitrary<Long> above = Arbitraries.longs().between(0, 1_000_000).injectNull(0.5);
		Arbitrary<LocalDate> statedOn = Arbitraries.longs()
			.between(0, 50_000)
			.map((days) -> LocalDate.of(1900, 1, 1).plusDays(days));
		Arbitrary<Qualifier> qualifier = Arbitraries.of(Qualifier.class);
		Arbitrary<String> speaker = Arbitraries.of("Zelensky", "Austin", "Kirby");
		return Combinators.combine(figure, below, above, statedOn, qualifier, speaker)
			.as((f, b, a, on, q, s) -> new ClaimPoint(UUID.randomUUID(), f, (b != null) ? Math.max(0, f - b) : null,
					(a != null) ? f + a : null, on, s, "source", q));
	}

}
