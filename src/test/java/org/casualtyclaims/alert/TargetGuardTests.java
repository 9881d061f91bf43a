package org.casualtyclaims.alert;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetGuardTests {

	// names resolve from this table only: the tests never touch DNS
	private static final Map<String, String[]> DNS = Map.of("hooks.example.org", new String[] { "93.184.216.34" },
			"rebound.example.org", new String[] { "93.184.216.34", "127.0.0.1" }, "intranet.example.org",
			new String[] { "10.0.0.7" }, "metadata.example.org", new String[] { "169.254.169.254" });

	private static final TargetGuard STRICT = new TargetGuard(List.of(), TargetGuardTests::resolve);

	private static InetAddress[] resolve(String host) throws UnknownHostException {
		String[] literals = DNS.get(host);
		if (literals == null) {
			// IP literals resolve to themselves without DNS
			if (host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]")) {
				return InetAddress.getAllByName(host);
			}
			throw new UnknownHostException(host);
		}
		InetAddress[] addresses = new InetAddress[literals.length];
		for (int i = 0; i < literals.length; i++) {
			addresses[i] = InetAddress.getByName(literals[i]);
		}
		return addresses;
	}

	@Test
	void acceptsAPublicHttpsTarget() {
		assertThat(STRICT.check("https://hooks.example.org/claims?x=1").getHost()).isEqualTo("hooks.example.org");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://10.0.0.1/hook", "http://169.254.169.254/latest",
			"http://[::1]/hook", "http://[::ffff:127.0.0.1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook",
			"https://intranet.example.org/hook", "https://metadata.example.org/", "https://rebound.example.org/hook",
			"https://unknown.example.org/hook", "ftp://hooks.example.org/hook", "file:///etc/passwd",
			"https://user:pass@hooks.example.org/hook", "https://hooks.example.org/hook#part", "hooks.example.org/x",
			"http://[::ffff:a00:1]/" })
	void refusesInternalUnresolvableOrNonHttpTargets(String url) {
		assertThatThrownBy(() -> STRICT.check(url)).isInstanceOf(RefusedTargetException.class);
	}

	@Test
	void allowsConfiguredNetworksOnly() {
		TargetGuard guard = new TargetGuard(List.of("127.0.0.1/32", "10.0.0.0/24"), TargetGuardTests::resolve);
		assertThat(guard.check("http://127.0.0.1:9000/hook").getPort()).isEqualTo(9000);
		assertThat(guard.check("https://intranet.example.org/hook")).isNotNull();
		assertThat(guard.check("http://[::ffff:127.0.0.1]/hook")).isNotNull();
		assertThatThrownBy(() -> guard.check("http://127.0.0.2/hook")).isInstanceOf(RefusedTargetException.class);
		assertThatThrownBy(() -> guard.check("http://10.0.1.1/hook")).isInstanceOf(RefusedTargetException.class);
		assertThatThrownBy(() -> guard.check("http://[::1]/hook")).isInstanceOf(RefusedTargetException.class);
	}

}
