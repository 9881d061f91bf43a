package org.casualtyclaims.claim;

import java.util.UUID;

import org.casualtyclaims.web.ConflictException;

/** A retracted claim is kept as it was; it cannot be replaced. */
public class ClaimRetractedException extends ConflictException {

	public ClaimRetractedException(UUID id) {
		super("Claim " + id + " is retracted and can no longer be changed.");
	}

}
