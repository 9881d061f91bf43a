package org.casualtyclaims.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache key is built from the parameters the container decodes, before MVC: a query
 * the container cannot decode must still get the answer MVC would give, never 500.
 */
@ApiTest
class QueryParsingIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/claims?subject=%zz", "/api/v1/claims?subject=%", "/api/v1/deltas/latest?%=1",
			"/api/v1/series?subject=%C3%28", "/api/v1/claims?=x&&page=", "/api/v1/deltas/latest?page=0x1" })
	void anUndecodableQueryIsNeverA500(String target) throws IOException {
		String[] response = firstLines(target);
		assertThat(Integer.parseInt(response[0].split(" ")[1])).isLessThan(500);
		assertThat(response[1]).containsIgnoringCase("Content-Type: application/");
	}

	private String[] firstLines(String target) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			String status = in.readLine();
			StringBuilder rest = new StringBuilder();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				rest.append(line).append('\n');
			}
			return new String[] { status, rest.toString() };
		}
	}

}
