package org.casualtyclaims.openapi;

import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The bound Tomcat puts on a request line and its headers together
 * ({@code server.max-http-request-header-size}, 8 KB by default): whatever a client sends
 * in the path, query or a header is at most this long, or refused with 400.
 */
final class RequestHeaders {

	private static final DataSize DEFAULT = DataSize.ofKilobytes(8);

	private RequestHeaders() {
	}

	static int maxSize(Environment environment) {
		DataSize size = environment.getProperty("server.max-http-request-header-size", DataSize.class, DEFAULT);
		return (int) Math.min(Integer.MAX_VALUE, size.toBytes());
	}

}
