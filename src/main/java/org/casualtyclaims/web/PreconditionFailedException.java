package org.casualtyclaims.web;

/** Base of failed {@code If-Match} preconditions; answered with 412. */
public class PreconditionFailedException extends RuntimeException {

	public PreconditionFailedException(String message) {
		super(message);
	}

}
