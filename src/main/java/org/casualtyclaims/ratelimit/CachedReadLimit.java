package org.casualtyclaims.ratelimit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import org.casualtyclaims.web.CachedReadAdmission;

/** A cache hit counts against the client address's limit for cached reads. */
@Component
class CachedReadLimit implements CachedReadAdmission {

	private final RateLimiter limiter;

	CachedReadLimit(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return this.limiter.admit(RateLimiter.Kind.CACHED_READ_PER_ADDRESS, request.getRemoteAddr(), response);
	}

}
