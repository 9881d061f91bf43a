package org.casualtyclaims.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (a failure before or outside MVC) in the
 * same problem shape as everything else, instead of Boot's default error body.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private final DatabaseUnavailableResponses databaseUnavailable;

	ProblemErrorController(DatabaseUnavailableResponses databaseUnavailable) {
		this.databaseUnavailable = databaseUnavailable;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		// a filter that reads the database (the API key lookup) failed because it is down
		// or busy
		ResponseEntity<ProblemDetail> unavailable = this.databaseUnavailable
			.answer((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
		if (unavailable != null) {
			return unavailable;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// asked for directly, not dispatched by the container: there is nothing here
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Problems.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "There is nothing at this address."));
		}
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || status.is2xxSuccessful()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemDetail problem = forStatus(status);
		return ResponseEntity.status(status).body(problem);
	}

	/** The problem for a status that nothing more is known about. */
	static ProblemDetail forStatus(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> Problems.of(status, ProblemTypes.NOT_FOUND, "There is nothing at this address.");
			case CONTENT_TOO_LARGE ->
				Problems.of(status, ProblemTypes.PAYLOAD_TOO_LARGE, "The request body is too large.");
			default -> status.is5xxServerError()
					? Problems.of(status, ProblemTypes.INTERNAL, "The service failed to handle the request.")
					: Problems.of(status, ProblemTypes.BAD_PARAMETER,
							"The request cannot be handled: " + status.getReasonPhrase() + ".");
		};
	}

}
