package org.casualtyclaims.alert;

import org.casualtyclaims.web.ConflictException;

/** The key holds as many active subscriptions as it may; ending one makes room. */
class TooManySubscriptionsException extends ConflictException {

	TooManySubscriptionsException(int max) {
		super("This API key already holds " + max + " active subscriptions, the most it may; delete one first.");
	}

}
