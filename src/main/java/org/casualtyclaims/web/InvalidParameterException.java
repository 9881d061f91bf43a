package org.casualtyclaims.web;

/** A query parameter or header the service cannot honour; answered with 400. */
public class InvalidParameterException extends RuntimeException {

	private final String field;

	public InvalidParameterException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
