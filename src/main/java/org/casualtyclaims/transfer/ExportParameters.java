package org.casualtyclaims.transfer;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.casualtyclaims.web.TransferFormat;
import org.casualtyclaims.web.AsOf;
import org.casualtyclaims.web.InvalidParameterException;

/** The checks every export shares before it reads anything. */
public final class ExportParameters {

	// an export is the whole listing in its own fixed order: a page or another order
	// would be silently ignored, so asking for one is an error
	private static final List<String> PAGING = List.of("page", "size", "sort");

	private ExportParameters() {
	}

	/** The format asked for; a 400 for paging parameters or an unknown format. */
	public static TransferFormat check(HttpServletRequest request) {
		for (String name : PAGING) {
			if (request.getParameter(name) != null) {
				throw new InvalidParameterException(name,
						"an export is the whole listing in a fixed order; leave out page, size and sort");
			}
		}
		// an export streams the current rows in chunks; rebuilding the history for every
		// chunk would cost a pass over all revisions each time, so it is refused, not
		// silently ignored
		if (request.getParameter(AsOf.PARAMETER) != null) {
			throw new InvalidParameterException(AsOf.PARAMETER,
					"exports read the current data; for an as-of read, page through the JSON listing with asOf");
		}
		return TransferFormat.requested(request)
			.orElseThrow(() -> new InvalidParameterException("format", "must be csv or ndjson"));
	}

}
