package org.casualtyclaims.claim;

import org.casualtyclaims.web.PreconditionFailedException;

/** The client's If-Match names a version that is no longer current. */
public class StaleVersionException extends PreconditionFailedException {

	public StaleVersionException(String message) {
		super(message);
	}

}
