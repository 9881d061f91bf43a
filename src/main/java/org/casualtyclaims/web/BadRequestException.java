package org.casualtyclaims.web;

import java.net.URI;

/**
 * Base of requests a feature refuses as they stand; answered with 400 and the problem
 * type the subclass names, so features add problems without handlers of their own.
 */
public class BadRequestException extends RuntimeException {

	private final URI type;

	public BadRequestException(URI type, String message) {
		super(message);
		this.type = type;
	}

	public URI getType() {
		return this.type;
	}

}
