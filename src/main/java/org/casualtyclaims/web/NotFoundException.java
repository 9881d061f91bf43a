package org.casualtyclaims.web;

/** Base of "no such resource" failures; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
