package org.casualtyclaims.analysis;

import java.math.BigDecimal;

/** How a percentage goes on the wire, as the deltas write theirs: 33.33, 50.0, 5.3. */
final class Percentages {

	private Percentages() {
	}

	static BigDecimal wire(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 1) ? stripped.setScale(1) : stripped;
	}

}
