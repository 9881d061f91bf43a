package org.casualtyclaims.stream;

/** A stream cap is reached; the client should come back after a while. */
class TooManyStreamsException extends RuntimeException {

	TooManyStreamsException(String message) {
		super(message);
	}

}
