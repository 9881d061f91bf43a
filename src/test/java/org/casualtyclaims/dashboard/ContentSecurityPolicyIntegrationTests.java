package org.casualtyclaims.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class ContentSecurityPolicyIntegrationTests {

	private static final String CSP = "Content-Security-Policy";

	@Autowired
	RestTestClient http;

	@Test
	void theDashboardIsServedAtTheRootWithAStrictPolicy() {
		this.http.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueEquals(CSP, ContentSecurityPolicyFilter.POLICY)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("Cache-Control", "no-cache")
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("<script type=\"module\" src=\"dashboard.js\"></script>"));
	}

	@Test
	void thePolicyForbidsInlineScriptAndForeignOrigins() {
		assertThat(ContentSecurityPolicyFilter.POLICY)
			.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
					"object-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:");
	}

	@Test
	void scriptsAndStylesCarryThePolicyToo() {
		for (String file : new String[] { "/dashboard.js", "/dashboard.css", "/dashboard/live.js" }) {
			this.http.get()
				.uri(file)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(CSP, ContentSecurityPolicyFilter.POLICY);
		}
	}

	@Test
	void apiAnswersAndErrorsCarryThePolicy() {
		this.http.get()
			.uri("/api/v1/claims")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(CSP, ContentSecurityPolicyFilter.POLICY);
		this.http.get()
			.uri("/no-such-page")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(CSP, ContentSecurityPolicyFilter.POLICY);
	}

	@Test
	void swaggerUiKeepsItsInlineBootstrap() {
		this.http.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk().expectHeader().doesNotExist(CSP);
	}

}
