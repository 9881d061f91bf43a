package org.casualtyclaims.dashboard;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.TestKeys;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casualtyclaims.support.Api.json;

/**
 * The claim-suggestion page in headless Chromium: paste the seed article, review the
 * candidates highlighted in the text, drop one, edit another, post the report.
 */
@ApiTest
@Tag("browser")
class ExtractPageBrowserTests {

	static final String SEED = "President Volodymyr Zelensky told the Ukraine Defense Contact Group on Thursday that "
			+ "4,000 North Korean soldiers had been killed or wounded in the Kursk region. That is 200 more than four "
			+ "days earlier, when, in an interview with podcaster Lex Fridman, he had put the figure at 3,800.\n\n"
			+ "US and Ukrainian intelligence put the number deployed at about 12,000.";

	@RegisterExtension
	static final HeadlessChromium chromium = HeadlessChromium.ofSize(1280, 1000);

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@Test
	void pastesReviewsAndPostsAReport() {
		var browser = chromium.driver();
		browser.get("http://127.0.0.1:" + this.port + "/dashboard/extract.html");
		chromium.waitFor(Duration.ofSeconds(15), By.cssSelector("body[data-state='ready']"));
		String subject = "extract page " + System.nanoTime();
		browser.findElement(By.id("api-key")).sendKeys(analystKey());
		browser.findElement(By.id("title")).sendKeys("Zelensky: 4,000 North Korean soldiers killed or wounded");
		browser.findElement(By.id("outlet")).sendKeys("Interfax-Ukraine");
		browser.executeScript("document.getElementById('published-on').value = '2025-01-10';");
		browser.executeScript("document.getElementById('text').value = arguments[0];", SEED);
		browser.findElement(By.id("suggest")).click();

		chromium.waitFor(Duration.ofSeconds(20), By.cssSelector("body[data-state='review']"));
		assertThat(browser.findElements(By.cssSelector("#highlighted mark")).stream().map(WebElement::getText))
			.containsExactly("4,000", "3,800", "12,000");
		List<WebElement> rows = browser.findElements(By.cssSelector("#candidates li"));
		assertThat(rows).hasSize(3);

		rows.get(2).findElement(By.cssSelector("button.drop")).click();
		assertThat(browser.findElements(By.cssSelector("#highlighted mark.dropped")).stream().map(WebElement::getText))
			.containsExactly("12,000");
		for (WebElement row : browser.findElements(By.cssSelector("#candidates li:not(.dropped)"))) {
			WebElement field = row.findElement(By.cssSelector("input[name='subject']"));
			field.clear();
			field.sendKeys(subject);
		}
		browser.findElement(By.id("post")).click();

		chromium.waitFor(Duration.ofSeconds(20), By.cssSelector("body[data-state='posted']"));
		assertThat(browser.findElement(By.id("status")).getText()).contains("with 2 claims");
		JsonNode claims = json(this.http.get()
			.uri((uri) -> uri.path("/api/v1/claims").queryParam("subject", subject).build())
			.exchange()
			.expectStatus()
			.isOk()).get("content");
		assertThat(claims.valueStream().map((claim) -> claim.get("figure").asLong()).toList())
			.containsExactlyInAnyOrder(4000L, 3800L);
		assertThat(claims.valueStream().map((claim) -> claim.get("statedOn").asString()).toList())
			.containsExactlyInAnyOrder("2025-01-09", "2025-01-05");
		assertThat(chromium.consoleMessages()).noneMatch((message) -> message.contains("Uncaught"))
			.noneMatch((message) -> message.contains("Refused to"));
		assertThat((String) browser.executeScript("return JSON.stringify(window.localStorage) + document.cookie;"))
			.isEqualTo("{}");
	}

	private String analystKey() {
		JsonNode issued = json(this.http.post()
			.uri("/api/v1/api-keys")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY)
			.body(Map.of("name", "extract-page-" + System.nanoTime(), "role", "analyst"))
			.exchange()
			.expectStatus()
			.isCreated());
		return issued.get("key").asString();
	}

}
