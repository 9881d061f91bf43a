package org.casualtyclaims.stream;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.casualtyclaims.apikey.RevokedKeys;
import org.casualtyclaims.web.InvalidParameterException;
import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.Problems;

/**
 * {@code GET /api/v1/deltas/stream}: a server-sent event per changed series. A client
 * that reconnects sends {@code Last-Event-ID} (browsers do) or {@code ?lastEventId=} and
 * gets what it missed, or a {@code refetch} event when that is not known here.
 */
@RestController
class DeltaStreamController {

	private final EventStreamHub hub;

	private final RevokedKeys keys;

	private final StreamProperties limits;

	DeltaStreamController(EventStreamHub hub, RevokedKeys keys, StreamProperties limits) {
		this.hub = hub;
		this.keys = keys;
		this.limits = limits;
	}

	// keeps the servlet request for the client address the per-address cap counts
	@GetMapping(path = "/api/v1/deltas/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(operationId = "streamDeltas", summary = "Live updates as server-sent events",
			description = "An event per changed series; a client that reconnects with Last-Event-ID gets what "
					+ "it missed, or a refetch event. Capped per instance and per address (503 with Retry-After).")
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParameter,
			HttpServletRequest request) {
		String lastEventId = (lastEventIdHeader != null) ? lastEventIdHeader : lastEventIdParameter;
		return this.hub.subscribe(parse(lastEventId), request.getRemoteAddr(),
				this.keys.ofCurrentRequest().orElse(null));
	}

	// here rather than in ApiExceptionHandler: only this endpoint has the caps and their
	// setting
	@ExceptionHandler(TooManyStreamsException.class)
	ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreamsException ex) {
		long seconds = Math.max(1, (this.limits.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.TOO_MANY_STREAMS, ex.getMessage()));
	}

	private static Long parse(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(lastEventId.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("Last-Event-ID", "must be the id of an event this stream sent");
		}
	}

}
