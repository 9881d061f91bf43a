package org.casualtyclaims.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its own chromedriver. Both paths are given
 * explicitly so Selenium Manager never looks for (or downloads) a browser or driver.
 * <p>
 * A JUnit extension, so browser tests share the start and the stop: a class declares
 * {@code @RegisterExtension static final HeadlessChromium chromium = HeadlessChromium.ofSize(1280, 900);}
 * and gets one browser, started before its first test and quit after its last.
 */
final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

	static final String BROWSER = "/usr/bin/chromium";

	static final String DRIVER = "/usr/bin/chromedriver";

	private final int width;

	private final int height;

	private Path profile;

	private ChromeDriver driver;

	private HeadlessChromium(int width, int height) {
		this.width = width;
		this.height = height;
	}

	/** A browser with a window of this size, for {@code @RegisterExtension}. */
	static HeadlessChromium ofSize(int width, int height) {
		return new HeadlessChromium(width, height);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.driver != null) {
			close();
		}
	}

	private void start() {
		if (!new File(DRIVER).canExecute()) {
			throw new IllegalStateException(DRIVER + " is missing: run .ci/install-browser.sh");
		}
		try {
			this.profile = Files.createTempDirectory("dashboard-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--hide-scrollbars", "--window-size=" + this.width + "," + this.height,
					"--user-data-dir=" + this.profile);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			this.driver = new ChromeDriver(service, options);
			this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** Opens the dashboard and waits until its first load has finished. */
	void openDashboard(String url) {
		this.driver.get(url);
		waitFor(Duration.ofSeconds(15), By.cssSelector("body[data-state='ready']"));
	}

	/** The first element matching, once there is one. */
	WebElement waitFor(Duration timeout, By locator) {
		return new WebDriverWait(this.driver, timeout, Duration.ofMillis(50))
			.until((driver) -> driver.findElements(locator).stream().findFirst().orElse(null));
	}

	/** What the page wrote to its console since the last call: errors, CSP refusals. */
	List<String> consoleMessages() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void close() {
		try {
			this.driver.quit();
		}
		finally {
			this.driver = null;
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary profile is harmless
		}
	}

}
