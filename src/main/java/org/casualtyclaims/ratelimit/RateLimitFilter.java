package org.casualtyclaims.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts API requests once Spring Security has judged them (it runs at order -100), so a
 * key's requests count against that key, and a bad key's 401 costs no one's budget.
 * Without a key the client is the TCP peer address: behind a reverse proxy that is the
 * proxy, unless Tomcat is told to trust its forwarded headers
 * ({@code server.forward-headers-strategy=native}, Tomcat's RemoteIpValve). Preflights
 * and the actuator are not counted. Cache hits for anonymous reads are counted in
 * {@link org.casualtyclaims.web.CachedReadFilter}, which answers before this filter.
 */
@Component
@Order(0)
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	RateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") || "OPTIONS".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean admitted;
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			RateLimiter.Kind kind = isRead(request) ? RateLimiter.Kind.READ_PER_KEY : RateLimiter.Kind.WRITE_PER_KEY;
			admitted = this.limiter.admit(kind, authentication.getName(), response);
		}
		else {
			admitted = this.limiter.admit(RateLimiter.Kind.READ_PER_ADDRESS, request.getRemoteAddr(), response);
		}
		if (admitted) {
			chain.doFilter(request, response);
		}
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

}
