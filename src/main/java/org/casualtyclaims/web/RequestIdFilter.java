package org.casualtyclaims.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters: the caller's {@code X-Request-Id} when
 * it is a plain token (so a proxy's or client's id follows the request through), else a
 * new random one. It is echoed in the response and put in the logging context as
 * {@code requestId} for every line logged while the request runs. With the
 * {@code org.casualtyclaims.access} logger at INFO, each request also logs one line:
 * method, path (no query), status and time. Never a header, a key or a body.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	// what ids look like (UUIDs, hex, base64url); anything else could forge log lines
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final Log access = LogFactory.getLog("org.casualtyclaims.access");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = idOf(request.getHeader(HEADER));
		response.setHeader(HEADER, id);
		long started = System.nanoTime();
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (access.isInfoEnabled()) {
				access.info(request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus() + " "
						+ (System.nanoTime() - started) / 1_000_000 + " ms"
						+ (request.isAsyncStarted() ? " (streaming)" : ""));
			}
			MDC.remove(MDC_KEY);
		}
	}

	static String idOf(String offered) {
		if (offered != null && SANE.matcher(offered).matches()) {
			return offered;
		}
		// an id needs to be unique, not unguessable: no SecureRandom on every request
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
