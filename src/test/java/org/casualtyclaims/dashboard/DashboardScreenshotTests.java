package org.casualtyclaims.dashboard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.IsolatedApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's picture: the worked example and two more series on a database where no
 * other test writes claims ({@link IsolatedApiTest}), saved to
 * target/dashboard-readme.png, and also to the path in {@code -Ddashboard.docs} when set
 * ({@code -Ddashboard.docs=docs/dashboard.png} refreshes the committed one).
 */
@IsolatedApiTest
@Tag("browser")
class DashboardScreenshotTests {

	private static final String KURSK = "North Korean troops in Kursk";

	private static final String RANGES = "Illustrative series with ranges";

	@RegisterExtension
	static final HeadlessChromium chromium = HeadlessChromium.ofSize(1280, 1180);

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Test
	void showsTheWorkedExampleAndTwoMoreSeries() {
		List<Map<String, Object>> claims = List.of(ClaimJson.podcastClaim(KURSK), ClaimJson.contactGroupClaim(KURSK),
				ranged(ClaimJson.claim(KURSK, "deployed", 12000, "2025-01-10", "US and Ukrainian intelligence",
						"News report"), "approximately", null, null),
				ranged(ClaimJson.claim(RANGES, "wounded", 1200, "2025-01-02", "Open-source analysts", "Demo data"),
						"approximately", 1000L, 1500L),
				ranged(ClaimJson.claim(RANGES, "wounded", 1900, "2025-01-12", "Open-source analysts", "Demo data"),
						"approximately", 1600L, 2300L),
				ranged(ClaimJson.claim(RANGES, "wounded", 2500, "2025-01-20", "Regional governor", "Telegram channel"),
						"at_least", null, null));
		claims.forEach(new ClaimApi(this.http)::create);

		chromium.openDashboard("http://127.0.0.1:" + this.port + "/");
		chromium.waitFor(Duration.ofSeconds(5), By.cssSelector("#claims-body tr:nth-child(" + claims.size() + ")"));
		assertThat(chromium.driver().findElements(By.cssSelector("#claims-body tr"))).hasSize(claims.size());
		assertThat(chromium.driver().findElements(By.cssSelector("#series .headline"))).extracting(WebElement::getText)
			.containsExactlyInAnyOrder("+200 in 4 days, 50/day, +5.26 %", "~12,000",
					"+600 in 8 days, 75/day, +31.58 %");
		assertThat(chromium.consoleMessages()).noneMatch((message) -> message.contains("Uncaught"))
			.noneMatch((message) -> message.contains("Refused to"));
		chromium.screenshot(Path.of("target", "dashboard-readme.png"));
		String docs = System.getProperty("dashboard.docs");
		if (docs != null && !docs.isBlank()) {
			chromium.screenshot(Path.of(docs));
		}
	}

	private static Map<String, Object> ranged(Map<String, Object> claim, String qualifier, Long low, Long high) {
		Map<String, Object> copy = ClaimJson.with(claim, "qualifier", qualifier);
		if (low != null) {
			copy = ClaimJson.with(ClaimJson.with(copy, "figureLow", low), "figureHigh", high);
		}
		return copy;
	}

}
