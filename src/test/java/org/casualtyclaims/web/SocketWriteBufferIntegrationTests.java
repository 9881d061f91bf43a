package org.casualtyclaims.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The running Tomcat writes to its sockets in the configured size, not its own 8 KB. */
@ApiTest
class SocketWriteBufferIntegrationTests {

	@Autowired
	WebServerApplicationContext server;

	@Test
	void theConnectorWritesThirtyTwoKilobytesAtOnceByDefault() {
		Object size = ((TomcatWebServer) this.server.getWebServer()).getTomcat()
			.getConnector()
			.getProperty("socket.appWriteBufSize");
		// read back from the endpoint's socket properties, which size each connection's
		// buffer
		assertThat(String.valueOf(size)).isEqualTo(String.valueOf(32 * 1024));
	}

}
