package org.casualtyclaims.web;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpStatus;

/** The request is refused for now, not for good: 429 or 503 with {@code Retry-After}. */
public class TooBusyException extends RuntimeException {

	private final HttpStatus status;

	private final URI type;

	private final Duration retryAfter;

	public TooBusyException(HttpStatus status, URI type, String detail, Duration retryAfter) {
		super(detail);
		this.status = status;
		this.type = type;
		this.retryAfter = retryAfter;
	}

	HttpStatus getStatus() {
		return this.status;
	}

	URI getType() {
		return this.type;
	}

	Duration getRetryAfter() {
		return this.retryAfter;
	}

}
