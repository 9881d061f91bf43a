package org.casualtyclaims.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's files keep to what the Content-Security-Policy allows and never parse
 * data as markup. A cheap guard; the browser test proves the behaviour.
 */
class DashboardMarkupTests {

	@ParameterizedTest
	@ValueSource(strings = { "index.html" })
	void theMarkupHasNoInlineScriptHandlersOrStyles(String file) throws IOException {
		String html = read(file);
		assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find()).isFalse();
		assertThat(Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
		assertThat(Pattern.compile("\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
		assertThat(html).doesNotContain("<style", "http://", "https://");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dashboard.js", "dashboard/api.js", "dashboard/chart.js", "dashboard/claims-table.js",
			"dashboard/dom.js", "dashboard/format.js", "dashboard/live.js", "dashboard/series-cards.js",
			"dashboard/analysis.js" })
	void scriptsNeverParseDataAsMarkup(String file) throws IOException {
		assertThat(read(file)).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
				"new Function", ".style.");
	}

	@Test
	void theAnalysisSectionStartsHiddenAndIsFilledByItsModule() throws IOException {
		String html = read("index.html");
		assertThat(html).containsPattern("<section id=\"analysis\"[^>]*\\shidden>")
			.contains("<ul id=\"ratios\"", "<ul id=\"conflicts\"");
		assertThat(read("dashboard.js")).contains("from './dashboard/analysis.js'", "api/v1/ratios", "api/v1/conflicts",
				"$('analysis')", "$('ratios')", "$('conflicts')");
		// the module builds list items through dom.js, never from markup
		assertThat(read("dashboard/analysis.js")).contains("import { el } from './dom.js'", "section.hidden",
				"percentLow", "differencePercent");
	}

	@ParameterizedTest
	@ValueSource(strings = { "dashboard.css" })
	void nothingIsLoadedFromElsewhere(String file) throws IOException {
		assertThat(read(file)).doesNotContain("@import", "url(http", "@font-face");
	}

	static String read(String file) throws IOException {
		try (InputStream in = DashboardMarkupTests.class.getResourceAsStream("/static/" + file)) {
			assertThat(in).as(file).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
