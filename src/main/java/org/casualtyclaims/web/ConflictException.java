package org.casualtyclaims.web;

/** Base of requests that clash with the resource's state; answered with 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
