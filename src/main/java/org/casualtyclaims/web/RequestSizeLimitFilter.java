package org.casualtyclaims.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * Caps request bodies: 8 MiB for reports and texts to extract claims from,
 * {@code claims.import.max-size} for CSV imports, 1 MiB for everything else. A declared
 * length over the cap is refused before reading; a chunked body is counted as it is read
 * and fails the moment it passes the cap.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestSizeLimitFilter extends OncePerRequestFilter {

	static final long DEFAULT_LIMIT = 1024 * 1024;

	static final long REPORT_LIMIT = 8 * 1024 * 1024;

	private final JsonMapper json;

	private final long importLimit;

	public RequestSizeLimitFilter(JsonMapper json, @Value("${claims.import.max-size:512MB}") DataSize importLimit) {
		this.json = json;
		this.importLimit = importLimit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
					"The request body is larger than " + limit + " bytes."), this.json);
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	long limitFor(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.equals("/api/v1/claims/import") ? this.importLimit : limitFor(path);
	}

	/**
	 * The most bytes a request body to {@code path} may have (the import's limit is a
	 * setting, {@code claims.import.max-size}).
	 */
	public static long limitFor(String path) {
		// a text's character limit is the one that bites; escaped characters take six
		// bytes
		return (path.startsWith("/api/v1/reports") || path.startsWith("/api/v1/extractions")) ? REPORT_LIMIT
				: DEFAULT_LIMIT;
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class CountingInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		CountingInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.delegate.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws PayloadTooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				throw new PayloadTooLargeException(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
