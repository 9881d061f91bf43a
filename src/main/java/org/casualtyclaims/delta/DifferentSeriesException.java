package org.casualtyclaims.delta;

import org.casualtyclaims.web.BadRequestException;
import org.casualtyclaims.web.ProblemTypes;

/** Two claims of different series have no delta; answered with 400. */
class DifferentSeriesException extends BadRequestException {

	DifferentSeriesException(String message) {
		super(ProblemTypes.DIFFERENT_SERIES, message);
	}

}
