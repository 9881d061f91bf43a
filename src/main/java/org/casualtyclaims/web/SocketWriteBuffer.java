package org.casualtyclaims.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's per-connection write buffer, which is also the size of each write to the
 * socket: a body larger than the buffer goes out one buffer at a time. At Tomcat's 8 KB
 * the 75 KB first page of {@code /deltas/latest} took ten system calls, where a cached
 * read spends most of its time; at 32 KB it takes three, and the same machine served
 * about a quarter more of them a second (64 KB added little more). Tomcat allocates the
 * buffer on the heap for every open connection, so the size is a trade against memory:
 * see the README's configuration.
 */
@Component
class SocketWriteBuffer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final DataSize size;

	SocketWriteBuffer(@Value("${claims.http.socket-write-buffer:32KB}") DataSize size) {
		this.size = size;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", Long.toString(this.size.toBytes())));
	}

}
