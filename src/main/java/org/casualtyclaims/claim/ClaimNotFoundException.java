package org.casualtyclaims.claim;

import java.util.UUID;

import org.casualtyclaims.web.NotFoundException;

/** No claim has this id. */
public class ClaimNotFoundException extends NotFoundException {

	public ClaimNotFoundException(UUID id) {
		super("No claim has the id " + id + ".");
	}

}
