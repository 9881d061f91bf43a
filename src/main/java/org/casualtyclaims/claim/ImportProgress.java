package org.casualtyclaims.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.casualtyclaims.web.TransferFormat;
import org.casualtyclaims.web.ErrorListProperties;
import org.casualtyclaims.web.InvalidRowsException;
import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.Problems;

import tools.jackson.databind.json.JsonMapper;

/**
 * How an import answers. Plain: one JSON result (or a problem) at the end. Streamed
 * ({@code Accept: application/x-ndjson}): a line {@code {"rowsRead":…,"stored":…,
 * "rejected":…}} every {@code claims.import.progress-every} rows, then one last line with
 * {@code "done": true}, the outcome's {@code status} and its {@code result} or
 * {@code problem}. The 200 is sent with the first progress line, so from then on only
 * that last line tells success from failure; a failure before it (a bad key, a reused
 * {@code Idempotency-Key}, a header that is wrong) is an ordinary problem answer.
 */
@Component
class ImportProgress {

	private static final Log log = LogFactory.getLog(ImportProgress.class);

	private final JsonMapper json;

	private final int maxListed;

	ImportProgress(JsonMapper json, ErrorListProperties errorList) {
		this.json = json;
		this.maxListed = errorList.maxListed();
	}

	Answer plain(HttpServletResponse response) {
		return new Answer(response, false);
	}

	Answer streamed(HttpServletResponse response) {
		return new Answer(response, true);
	}

	/** One import's answer. */
	final class Answer {

		private final HttpServletResponse response;

		private final boolean streamed;

		private Answer(HttpServletResponse response, boolean streamed) {
			this.response = response;
			this.streamed = streamed;
		}

		void progress(long rowsRead, long stored, long rejected) throws IOException {
			if (this.streamed) {
				line(Map.of("rowsRead", rowsRead, "stored", stored, "rejected", rejected));
			}
		}

		void run(Supplier<ResponseEntity<ImportResult>> importing) throws IOException {
			ResponseEntity<ImportResult> outcome;
			try {
				outcome = importing.get();
			}
			catch (RuntimeException ex) {
				if (!this.response.isCommitted()) {
					throw (ex instanceof UncheckedIOException io) ? io : ex;
				}
				failed(ex);
				return;
			}
			if (this.streamed) {
				Map<String, Object> done = new LinkedHashMap<>();
				done.put("done", true);
				done.put("status", outcome.getStatusCode().value());
				done.put("result", outcome.getBody());
				line(done);
				return;
			}
			this.response.setStatus(outcome.getStatusCode().value());
			this.response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			ImportProgress.this.json.writeValue(this.response.getOutputStream(), outcome.getBody());
		}

		// the transaction has rolled back: nothing of the import is stored
		private void failed(RuntimeException ex) throws IOException {
			Map<String, Object> problem;
			if (ex instanceof InvalidRowsException invalid) {
				problem = Problems
					.asMap(Problems.invalid(invalid.getMessage(), invalid.getErrors(), ImportProgress.this.maxListed));
			}
			else {
				log.error("An import failed after its progress began", ex);
				problem = Problems.asMap(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.INTERNAL,
						"The import failed and stored nothing; send it again."));
			}
			Map<String, Object> done = new LinkedHashMap<>();
			done.put("done", true);
			done.put("status", problem.get("status"));
			done.put("problem", problem);
			line(done);
		}

		private void line(Object value) throws IOException {
			if (!this.response.isCommitted()) {
				this.response.setStatus(HttpStatus.OK.value());
				this.response.setContentType(TransferFormat.NDJSON_VALUE);
			}
			this.response.getOutputStream().write(ImportProgress.this.json.writeValueAsBytes(value));
			this.response.getOutputStream().write('\n');
			this.response.flushBuffer();
		}

	}

}
