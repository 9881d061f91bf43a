package org.casualtyclaims.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.casualtyclaims.persistence.DatabaseProperties;
import org.casualtyclaims.persistence.DatabaseUnavailable;

/**
 * The 503 that a failure of the database's, not the request's, answers: from a controller
 * ({@link ApiExceptionHandler}) or from a filter before MVC
 * ({@link ProblemErrorController}). {@code Retry-After} tells clients when to try again,
 * since the pool, a lock or a restart usually clears within seconds.
 */
@Component
class DatabaseUnavailableResponses {

	private static final Log log = LogFactory.getLog(DatabaseUnavailableResponses.class);

	private final long retryAfterSeconds;

	DatabaseUnavailableResponses(DatabaseProperties properties) {
		this.retryAfterSeconds = properties.retryAfterSeconds();
	}

	/** The 503 for {@code failure}, or {@code null} when the database is not to blame. */
	ResponseEntity<ProblemDetail> answer(Throwable failure) {
		if (failure == null || !DatabaseUnavailable.causedBy(failure)) {
			return null;
		}
		// one line, no stack: during an outage every request lands here
		log.warn("Database unavailable, answering 503: " + failure);
		ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DATABASE_UNAVAILABLE,
				"The database is busy or unreachable; nothing was changed by this request. Retry after "
						+ this.retryAfterSeconds + " s.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds))
			.body(problem);
	}

}
