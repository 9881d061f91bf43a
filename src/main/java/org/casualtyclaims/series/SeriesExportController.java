package org.casualtyclaims.series;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.transfer.ExportParameters;
import org.casualtyclaims.transfer.Exports;
import org.casualtyclaims.web.TransferFormat;

/** {@code GET /api/v1/series} as a whole CSV or NDJSON file, streamed. */
@RestController
@RequestMapping("/api/v1/series")
class SeriesExportController {

	private final Exports exports;

	private final JdbcClient jdbc;

	SeriesExportController(Exports exports, JdbcClient jdbc) {
		this.exports = exports;
		this.jdbc = jdbc;
	}

	// keeps the servlet request and response, unlike the cached reads: Exports writes
	// rows
	// to the response's stream as the cursor reads them, and admits by client address
	@GetMapping(produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "Every matching series as CSV or NDJSON, most recently moved first, streamed")
	void export(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		TransferFormat format = ExportParameters.check(request);
		this.exports.stream(format, "series", SeriesResponse.class, new SeriesExport(this.jdbc, subject, category),
				request, response);
	}

	@GetMapping(params = "format", produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "The same export, chosen by ?format=csv|ndjson")
	void exportByParameter(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		export(subject, category, request, response);
	}

}
