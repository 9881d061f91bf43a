package org.casualtyclaims.dashboard;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The dashboard in headless Chromium against the real service: it updates itself when a
 * claim arrives, and shows a hostile quote as text. Runs in the "browser" Maven profile.
 */
@ApiTest
@Tag("browser")
class DashboardBrowserTests {

	static final String HOSTILE_QUOTE = "<img src=x onerror=alert(1)>";

	@RegisterExtension
	static final HeadlessChromium chromium = HeadlessChromium.ofSize(1280, 900);

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Test
	void showsANewClaimWithoutReloadingAndItsHostileQuoteAsText() {
		var browser = chromium.driver();
		chromium.openDashboard("http://127.0.0.1:" + this.port + "/");
		chromium.waitFor(Duration.ofSeconds(5), By.cssSelector("body[data-connection='live']"));
		browser.executeScript("window.notReloaded = true;");
		chromium.consoleMessages();

		String subject = ClaimJson.uniqueSubject();
		String id = post(ClaimJson.with(ClaimJson.podcastClaim(subject), "quote", HOSTILE_QUOTE));

		WebElement row = chromium.waitFor(Duration.ofSeconds(2),
				By.cssSelector("#claims-body tr[data-id='" + id + "']"));
		assertThat(headlineOf(subject, Duration.ofSeconds(2), "3,800")).isEqualTo("3,800");
		assertThat(browser.executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(row.findElement(By.cssSelector(".quote q")).getText()).isEqualTo(HOSTILE_QUOTE);
		assertThat(row.findElement(By.cssSelector(".figure")).getText()).isEqualTo("3,800");
		assertThat(browser.findElements(By.tagName("img"))).isEmpty();
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> browser.switchTo().alert());
		assertThat(chromium.consoleMessages()).noneMatch((message) -> message.contains("Uncaught"))
			.noneMatch((message) -> message.contains("Refused to"));
		chromium.screenshot(Path.of("target", "dashboard.png"));
	}

	@Test
	void pushesTheNewDeltaOfASeriesIntoItsHeadline() {
		chromium.openDashboard("http://127.0.0.1:" + this.port + "/");
		chromium.waitFor(Duration.ofSeconds(5), By.cssSelector("body[data-connection='live']"));
		chromium.driver().executeScript("window.notReloaded = true;");
		String subject = ClaimJson.uniqueSubject();
		post(ClaimJson.podcastClaim(subject));
		post(ClaimJson.contactGroupClaim(subject));

		// getText() reads the no-break space before % as a plain one
		String worked = "+200 in 4 days, 50/day, +5.26 %";
		assertThat(headlineOf(subject, Duration.ofSeconds(2), worked)).isEqualTo(worked);
		assertThat(chromium.driver().executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(body().getDomAttribute("data-connection")).isEqualTo("live");
	}

	@Test
	void headlinesReadLikeTheContract() {
		chromium.openDashboard("http://127.0.0.1:" + this.port + "/");
		assertThat(headline("{change: 200, days: 4, perDay: 50.0, percentChange: 5.26}"))
			.isEqualTo("+200 in 4 days, 50/day, +5.26\u00a0%");
		assertThat(headline("{change: -1500, days: 1, perDay: -1500.0, percentChange: -10.0}"))
			.isEqualTo("\u22121,500 in 1 day, \u22121,500/day, \u221210\u00a0%");
		assertThat(headline("{change: 100, days: 0, perDay: null, percentChange: null}"))
			.isEqualTo("+100 on the same day");
		assertThat(headline("{change: 0, days: 10, perDay: 0.0, percentChange: 0.0}"))
			.isEqualTo("0 in 10 days, 0/day, 0\u00a0%");
		assertThat(module("format.js", "m.changeRange({changeLow: 200, changeHigh: null})")).isEqualTo("at least +200");
		assertThat(module("format.js", "m.changeRange({changeLow: 100, changeHigh: 300})"))
			.isEqualTo("range +100 \u2026 +300");
		assertThat(module("format.js",
				"m.figure({figure: 12000, qualifier: 'approximately', figureLow: 10000, figureHigh: 14000})"))
			.isEqualTo("~12,000 (10,000\u201314,000)");
	}

	private String headline(String delta) {
		return module("format.js", "m.headline(" + delta + ")");
	}

	// evaluates an expression over one of the dashboard's modules, as the page loads it
	private String module(String file, String expression) {
		Object result = chromium.driver()
			.executeAsyncScript("const done = arguments[arguments.length - 1];" + "import('/dashboard/" + file
					+ "').then((m) => done(String(" + expression + "))," + " (e) => done('failed: ' + e));");
		return (String) result;
	}

	// the headline of the series card for this subject, once it reads as expected (or the
	// last seen)
	private String headlineOf(String subject, Duration timeout, String expected) {
		String[] seen = { null };
		try {
			new WebDriverWait(chromium.driver(), timeout, Duration.ofMillis(50)).until((driver) -> {
				for (WebElement card : driver.findElements(By.cssSelector("#series .card"))) {
					if (subject.equals(card.findElement(By.cssSelector(".card-subject")).getText())) {
						seen[0] = card.findElement(By.cssSelector(".headline")).getText();
					}
				}
				return expected.equals(seen[0]) ? Boolean.TRUE : null;
			});
		}
		catch (TimeoutException ex) {
			// fall through: the assertion shows what the card said instead
		}
		return seen[0];
	}

	private WebElement body() {
		return chromium.driver().findElement(By.tagName("body"));
	}

	private String post(Map<String, Object> claim) {
		return new ClaimApi(this.http).create(claim).toString();
	}

}
