package org.casualtyclaims.dashboard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a strict Content-Security-Policy with every response except Swagger UI's, so that
 * even if a claim's text ever reached the page as markup, the browser would run no script
 * from it. Swagger UI bootstraps with inline script and keeps the default. Written before
 * the chain runs, so error responses carry it too; independent of Spring Security, which
 * may add headers of its own (browsers then enforce both policies).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	// the dashboard's own files change with each release: revalidate instead of guessing
	// a lifetime
	private static final String[] DASHBOARD_FILES = { "/", "/index.html", "/dashboard.js", "/dashboard.css" };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!isSwaggerUi(path)) {
			response.setHeader("Content-Security-Policy", POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Referrer-Policy", "no-referrer");
		}
		if (isDashboardFile(path)) {
			response.setHeader("Cache-Control", "no-cache");
		}
		chain.doFilter(request, response);
	}

	static boolean isSwaggerUi(String path) {
		return path.startsWith("/swagger-ui");
	}

	private static boolean isDashboardFile(String path) {
		for (String file : DASHBOARD_FILES) {
			if (file.equals(path)) {
				return true;
			}
		}
		return path.startsWith("/dashboard/");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
