package org.casualtyclaims.claim;

import java.math.BigInteger;
import java.util.UUID;

import org.casualtyclaims.web.InvalidParameterException;

/**
 * A position in the change feed: the last change delivered, as the id of the transaction
 * that made it and the claim's id. Clients treat its text as opaque.
 */
record ChangeCursor(BigInteger transactionId, UUID claimId) {

	static final ChangeCursor START = new ChangeCursor(BigInteger.ZERO, new UUID(0, 0));

	static ChangeCursor parse(String text) {
		if (text == null || text.isBlank()) {
			return START;
		}
		int dot = text.indexOf('.');
		try {
			BigInteger transactionId = new BigInteger(text.substring(0, Math.max(dot, 0)));
			UUID claimId = UUID.fromString(text.substring(dot + 1));
			if (transactionId.signum() < 0 || transactionId.bitLength() > 64
					|| !claimId.toString().equals(text.substring(dot + 1))) {
				throw new IllegalArgumentException();
			}
			return new ChangeCursor(transactionId, claimId);
		}
		catch (RuntimeException ex) {
			throw new InvalidParameterException("after", "must be a cursor returned by this feed");
		}
	}

	@Override
	public String toString() {
		return this.transactionId + "." + this.claimId;
	}

}
