package org.casualtyclaims.change;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.Polling.within;

/**
 * A network that stops answering, without closing anything, is noticed through the
 * listening connection's socket timeout and the poll, and listening resumes once the
 * network is back.
 */
@ApiTest
class ListenerTimeoutIntegrationTests {

	// socket timeout 2 s plus a poll, with room for a loaded machine
	static final Duration CEILING = Duration.ofSeconds(20);

	@Autowired
	JdbcConnectionDetails database;

	@Test
	void aSilentNetworkIsNoticedInSecondsAndListeningResumes() throws Exception {
		URI url = URI.create(this.database.getJdbcUrl().substring("jdbc:".length()));
		try (FreezableProxy proxy = new FreezableProxy(url.getHost(), url.getPort());
				SecondInstance other = SecondInstance.sharing(proxied(this.database, proxy),
						Map.of("claims.changes.socket-timeout", "2s", "claims.changes.poll-interval", "500ms",
								"claims.changes.connect-timeout", "2s"))) {
			ChangeListener listener = other.bean(ChangeListener.class);
			// an instance is listening once it has started
			assertThat(listener.isListening()).isTrue();
			proxy.freeze();
			assertThat(within(CEILING, () -> !listener.isListening())).isTrue();
			proxy.thaw();
			assertThat(within(CEILING, listener::isListening)).isTrue();
		}
	}

	private static JdbcConnectionDetails proxied(JdbcConnectionDetails database, FreezableProxy proxy) {
		URI url = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
		String through = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.getRawPath()
				+ ((url.getRawQuery() != null) ? "?" + url.getRawQuery() : "");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return database.getUsername();
			}

			@Override
			public String getPassword() {
				return database.getPassword();
			}

			@Override
			public String getJdbcUrl() {
				return through;
			}

		};
	}

}
