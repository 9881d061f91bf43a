package org.casualtyclaims.web;

import java.net.URI;

/**
 * Base of requests that are well-formed but cannot be honoured as sent; answered with 422
 * and the problem type the subclass names.
 */
public class UnprocessableRequestException extends RuntimeException {

	private final URI type;

	public UnprocessableRequestException(URI type, String message) {
		super(message);
		this.type = type;
	}

	public URI getType() {
		return this.type;
	}

}
