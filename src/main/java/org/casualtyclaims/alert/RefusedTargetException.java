package org.casualtyclaims.alert;

import org.casualtyclaims.web.InvalidParameterException;

/** A webhook target the service will not call; a 400 naming {@code url}. */
class RefusedTargetException extends InvalidParameterException {

	RefusedTargetException(String message) {
		super("url", message);
	}

}
