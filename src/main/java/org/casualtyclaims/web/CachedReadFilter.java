package org.casualtyclaims.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

import org.casualtyclaims.config.ClaimsProperties;

/**
 * Answers a poll that {@link CachedReads} already holds before Spring Security and MVC
 * see it, which is most of the cost of a cached response. Only where those could not have
 * answered otherwise: reads are public, and the request carries no key (a bad key must
 * still get its 401) and no {@code Origin} (CORS answers those). The response has the
 * headers the full chain would give it. A hit counts against the client address's limit
 * for cached reads, which is higher than the one for other reads without a key, since a
 * hit costs little.
 */
@Component
// inside the HTTP metrics' filter (Boot's, at HIGHEST_PRECEDENCE + 1), so hits are timed
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CachedReadFilter extends OncePerRequestFilter {

	private final CachedReads reads;

	private final boolean publicRead;

	private final CachedReadAdmission admission;

	CachedReadFilter(CachedReads reads, ClaimsProperties properties, CachedReadAdmission admission) {
		this.reads = reads;
		this.publicRead = properties.publicRead();
		this.admission = admission;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !this.publicRead || !("GET".equals(method) || "HEAD".equals(method))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getHeader("X-API-Key") != null
				|| request.getHeader(HttpHeaders.ORIGIN) != null
				// answered from the revision history, never from or into the cache
				|| request.getParameter(AsOf.PARAMETER) != null
				// same path and parameters as a cached JSON page, another body
				|| TransferFormat.isExport(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CachedResponse hit = this.reads.peek(request);
		if (hit == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!this.admission.admit(request, response)) {
			return;
		}
		// what the CORS filter and Spring Security's header writers add to every response
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
		response.setHeader("X-XSS-Protection", "0");
		// what MVC would name the route in the HTTP metrics; only the few cached paths
		// get here, so the raw path keeps the uri tag's values bounded
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((observation) -> observation.setPathPattern(request.getRequestURI()));
		hit.writeTo(request, response);
	}

}
