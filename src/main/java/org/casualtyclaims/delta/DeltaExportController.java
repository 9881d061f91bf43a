package org.casualtyclaims.delta;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.transfer.ExportParameters;
import org.casualtyclaims.transfer.Exports;
import org.casualtyclaims.web.TransferFormat;

/** {@code GET /api/v1/deltas} as a whole CSV or NDJSON file, streamed. */
@RestController
@RequestMapping("/api/v1/deltas")
class DeltaExportController {

	private final Exports exports;

	private final JdbcClient jdbc;

	DeltaExportController(Exports exports, JdbcClient jdbc) {
		this.exports = exports;
		this.jdbc = jdbc;
	}

	// keeps the servlet request and response, unlike the cached reads: Exports writes
	// rows
	// to the response's stream as the cursor reads them, and admits by client address
	@GetMapping(produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "Every matching delta as CSV or NDJSON, in the listing's order, streamed")
	void export(@Valid @ParameterObject DeltaFilter filter, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		TransferFormat format = ExportParameters.check(request);
		this.exports.stream(format, "deltas", DeltaResponse.class, new DeltaExport(this.jdbc, filter), request,
				response);
	}

	@GetMapping(params = "format", produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "The same export, chosen by ?format=csv|ndjson")
	void exportByParameter(@Valid @ParameterObject DeltaFilter filter, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		export(filter, request, response);
	}

}
