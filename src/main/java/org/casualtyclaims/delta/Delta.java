package org.casualtyclaims.delta;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a figure moved from one claim to another. {@code perDay} and {@code percentChange}
 * have scale 2 and are {@code null} when their divisor is 0; {@code changeLow} and
 * {@code changeHigh} are {@code null} where a range is unbounded.
 */
public record Delta(ClaimPoint from, ClaimPoint to, long change, Long changeLow, Long changeHigh, long days,
		BigDecimal perDay, BigDecimal percentChange, Direction direction, boolean sameSpeaker, List<Caveat> caveats) {

	public Delta {
		caveats = List.copyOf(caveats);
	}

}
