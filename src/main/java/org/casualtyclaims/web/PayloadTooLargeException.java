package org.casualtyclaims.web;

import java.io.IOException;

/** The request body passed its size limit while it was being read. */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
	}

}
