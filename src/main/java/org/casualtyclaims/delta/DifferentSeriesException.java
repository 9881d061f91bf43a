package org.casualtyclaims.delta;

/** Two claims of different series have no delta; answered with 400. */
class DifferentSeriesException extends RuntimeException {

	DifferentSeriesException(String message) {
		super(message);
	}

}
