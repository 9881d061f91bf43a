package org.casualtyclaims.web;

/**
 * Base of credentials found bad after the security filters let the request in (a key
 * revoked while it was cached); answered with 401, like the filters' own refusals.
 */
public class UnauthorizedException extends RuntimeException {

	public UnauthorizedException(String message) {
		super(message);
	}

}
