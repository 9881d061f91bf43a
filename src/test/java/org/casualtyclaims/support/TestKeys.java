package org.casualtyclaims.support;

import java.io.IOException;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;

/**
 * Keys for {@link ApiTest} tests. The injected {@code RestTestClient} sends an analyst
 * key named {@value #DEFAULT_KEY_NAME} on every request that carries no key of its own,
 * so tests of reads and writes need no ceremony. Security tests send another key with
 * {@code .header("Authorization", "Bearer " + key)}, or none through
 * {@link #withoutDefaultKey(RestTestClient)}. {@value #ADMIN_KEY} is the admin key the
 * test contexts start with ({@code claims.admin-key}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestKeys {

	public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";

	public static final String DEFAULT_KEY_NAME = "test-analyst";

	@Bean
	RestTestClientBuilderCustomizer sendAnalystKeyByDefault(ObjectProvider<ApiKeyService> keys) {
		// issued on first use: the service is ready only once the context is
		return (builder) -> builder.requestInterceptor(
				new DefaultKey(() -> keys.getObject().issue(DEFAULT_KEY_NAME, Role.ANALYST, "test-support").key()));
	}

	/** The same client without the default key, for requests that must carry none. */
	public static RestTestClient withoutDefaultKey(RestTestClient http) {
		RestTestClient.Builder<?> builder = http.mutate();
		builder.requestInterceptors((interceptors) -> interceptors.removeIf(DefaultKey.class::isInstance));
		return builder.build();
	}

	/** Adds the default key to requests that carry no key of their own. */
	private static final class DefaultKey implements ClientHttpRequestInterceptor {

		private final Supplier<String> issue;

		private volatile String key;

		DefaultKey(Supplier<String> issue) {
			this.issue = issue;
		}

		@Override
		public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
				throws IOException {
			HttpHeaders headers = request.getHeaders();
			if (!headers.containsHeader(HttpHeaders.AUTHORIZATION) && !headers.containsHeader("X-API-Key")) {
				headers.setBearerAuth(key());
			}
			return execution.execute(request, body);
		}

		private String key() {
			if (this.key == null) {
				synchronized (this) {
					if (this.key == null) {
						this.key = this.issue.get();
					}
				}
			}
			return this.key;
		}

	}

}
