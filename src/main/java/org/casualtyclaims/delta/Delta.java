package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a figure moved from one claim to another. {@code perDay} and {@code percentChange}
 * have scale 2 and are {@code null} when their divisor is 0; {@code changeLow} and
 * {@code changeHigh} are {@code null} where a range is unbounded. {@code days} and
 * {@code perDay} go by the dates as written; {@code daysMin} to {@code daysMax} and
 * {@code perDayMin} to {@code perDayMax} are what they may be when a date names only a
 * month or a year (equal to them otherwise; the rates {@code null} when the claims may
 * share a day).
 */
public record Delta(ClaimPoint from, ClaimPoint to, long change, Long changeLow, Long changeHigh, long days,
		BigDecimal perDay, BigDecimal percentChange, Direction direction, boolean sameSpeaker, List<Caveat> caveats,
		long daysMin, long daysMax, BigDecimal perDayMin, BigDecimal perDayMax) {

	public Delta {
		caveats = List.copyOf(caveats);
	}

}
