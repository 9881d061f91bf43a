package org.casualtyclaims.apikey;

import java.util.UUID;

import org.casualtyclaims.web.NotFoundException;

/** No key has this id. */
class ApiKeyNotFoundException extends NotFoundException {

	ApiKeyNotFoundException(UUID id) {
		super("There is no API key " + id + ".");
	}

}
