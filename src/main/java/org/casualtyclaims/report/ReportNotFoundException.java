package org.casualtyclaims.report;

import java.util.UUID;

import org.casualtyclaims.web.NotFoundException;

/** No report has this id. */
public class ReportNotFoundException extends NotFoundException {

	public ReportNotFoundException(UUID id) {
		super("No report has the id " + id + ".");
	}

}
