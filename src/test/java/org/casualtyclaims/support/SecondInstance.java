package org.casualtyclaims.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.context.ConfigurableApplicationContext;

import org.casualtyclaims.CasualtyClaimsApplication;

/**
 * Another instance of the service on a random port, sharing the test's database, for
 * tests of what crosses instances. Close it when done.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static SecondInstance sharing(JdbcConnectionDetails database, Map<String, String> extraProperties) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("server.address", "127.0.0.1");
		properties.put("spring.datasource.url", database.getJdbcUrl());
		properties.put("spring.datasource.username", database.getUsername());
		properties.put("spring.datasource.password", Objects.toString(database.getPassword(), ""));
		// no alert worker polling the pool: tests that count connections (a pool of 2
		// held to exhaustion) would otherwise race its momentary borrowings
		properties.put("claims.webhooks.enabled", "false");
		properties.putAll(extraProperties);
		// as command-line arguments, so they win over application.properties
		String[] args = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SecondInstance(
				new SpringApplicationBuilder(CasualtyClaimsApplication.class).web(WebApplicationType.SERVLET)
					.run(args));
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/**
	 * The test's client, its default key included, sending to this instance. Not
	 * {@code http.mutate().baseUrl(…)}: the test's client resolves every path with a
	 * {@code UriBuilderFactory} of the test's own server, which a base URL does not
	 * override, so such a client silently kept writing to the first instance.
	 */
	public RestTestClient client(RestTestClient http) {
		return http.mutate().uriBuilderFactory(new DefaultUriBuilderFactory(baseUrl())).build();
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
