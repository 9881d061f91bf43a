package org.casualtyclaims.apikey;

import org.casualtyclaims.web.ConflictException;

/** An active key already has this name; names must tell keys apart in createdBy. */
class ApiKeyNameTakenException extends ConflictException {

	ApiKeyNameTakenException(String name) {
		super("An active API key is already named \"" + name + "\"; choose another name or revoke that key.");
	}

}
