package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.Qualifier;
import org.casualtyclaims.claim.StatedOnPrecision;

/** A delta as clients see it, in the contract's shape and order. */
public record DeltaResponse(String subject, Category category, Side from, Side to, long change, Long changeLow,
		Long changeHigh, long days, BigDecimal perDay, BigDecimal percentChange, String direction, boolean sameSpeaker,
		List<String> caveats, long daysMin, long daysMax, BigDecimal perDayMin, BigDecimal perDayMax) {

	public static DeltaResponse of(String subject, Category category, Delta delta) {
		return new DeltaResponse(subject, category, Side.of(delta.from()), Side.of(delta.to()), delta.change(),
				delta.changeLow(), delta.changeHigh(), delta.days(), wire(delta.perDay()), wire(delta.percentChange()),
				delta.direction().wireName(), delta.sameSpeaker(),
				delta.caveats().stream().map(Caveat::wireName).toList(), delta.daysMin(), delta.daysMax(),
				wire(delta.perDayMin()), wire(delta.perDayMax()));
	}

	/**
	 * The value rounded to 2 decimals, written with as few decimals as it needs but at
	 * least one, as the contract writes it: 50.0, 5.26, 5.3.
	 */
	static BigDecimal wire(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 1) ? stripped.setScale(1) : stripped;
	}

	/**
	 * One end of a delta, also the claim summary of a series. {@code figureLow} and
	 * {@code figureHigh} go beyond the contract's example so charts can draw the range.
	 */
	public record Side(UUID id, long figure, LocalDate statedOn, String speaker, String source, Qualifier qualifier,
			Long figureLow, Long figureHigh, StatedOnPrecision statedOnPrecision) {

		public static Side of(ClaimPoint point) {
			return new Side(point.id(), point.figure(), point.statedOn(), point.speaker(), point.source(),
					point.qualifier(), point.figureLow(), point.figureHigh(), point.statedOnPrecision());
		}

	}

}
