package org.casualtyclaims.alert;

import java.util.UUID;

import org.casualtyclaims.web.NotFoundException;

/** No subscription with this id that the caller may see. */
class SubscriptionNotFoundException extends NotFoundException {

	SubscriptionNotFoundException(UUID id) {
		super("No subscription " + id + " exists for this API key.");
	}

}
