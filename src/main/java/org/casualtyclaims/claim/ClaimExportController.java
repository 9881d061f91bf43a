package org.casualtyclaims.claim;

import java.io.IOException;

import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.transfer.ExportParameters;
import org.casualtyclaims.transfer.Exports;
import org.casualtyclaims.web.TransferFormat;

/**
 * {@code GET /api/v1/claims} as a whole file: CSV or NDJSON by {@code Accept} or
 * {@code ?format=}, with the listing's filters, streamed (see {@link Exports}).
 */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimExportController {

	// rows a chunk's query brings over the wire at a time
	private static final int FETCH_SIZE = 2000;

	private final Exports exports;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	ClaimExportController(Exports exports, JdbcClient jdbc, DataSource dataSource) {
		this.exports = exports;
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	// keeps the servlet request and response, unlike the cached reads: Exports writes
	// rows
	// to the response's stream as the cursor reads them, and admits by client address
	@GetMapping(produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "Every matching claim as CSV or NDJSON, in id order, streamed")
	void export(@Valid @ParameterObject ClaimFilter filter, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		TransferFormat format = ExportParameters.check(request);
		this.exports.stream(format, "claims", ClaimResponse.class, new ClaimExport(this.jdbc, this.streaming, filter),
				request, response);
	}

	// browsers cannot set Accept: ?format=csv|ndjson chooses instead
	@GetMapping(params = "format", produces = { TransferFormat.CSV_VALUE, TransferFormat.NDJSON_VALUE })
	@Operation(summary = "The same export, chosen by ?format=csv|ndjson")
	void exportByParameter(@Valid @ParameterObject ClaimFilter filter, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		export(filter, request, response);
	}

}
