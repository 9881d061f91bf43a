package org.casualtyclaims.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * What {@link CachedReads} needs of a request: its cache key ({@link CacheKeys}, the same
 * one {@link CachedReadFilter} looks up) and the two headers that pick the answer. A
 * controller declares it as a parameter and Spring resolves it
 * ({@link CachedReadRequestResolver}), so no controller of a cached read takes a servlet
 * object.
 *
 * @param key the path and decoded query parameters, written one way
 * @param ifNoneMatch the {@code If-None-Match} header, or null
 * @param acceptEncoding the {@code Accept-Encoding} header, or null
 */
public record CachedReadRequest(String key, String ifNoneMatch, String acceptEncoding) {

	static CachedReadRequest of(HttpServletRequest request) {
		return new CachedReadRequest(keyOf(request), request.getHeader(HttpHeaders.IF_NONE_MATCH),
				request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	/** The key a request is kept under, for the controllers and for the filter alike. */
	static String keyOf(HttpServletRequest request) {
		return CacheKeys.of(request.getRequestURI(), request.getParameterMap());
	}

}
