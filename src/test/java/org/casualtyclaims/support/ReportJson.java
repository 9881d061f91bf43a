package org.casualtyclaims.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Report request bodies for tests, starting from the worked example. */
public final class ReportJson {

	private ReportJson() {
	}

	/** The news report of 2025-01-10 with its three claims, all under {@code subject}. */
	public static Map<String, Object> workedExample(String subject) {
		Map<String, Object> deployed = ClaimJson.claim(subject, "deployed", 12000, "2025-01-10",
				"US and Ukrainian intelligence", "Interfax-Ukraine");
		deployed.put("qualifier", "approximately");
		return report("Zelensky: 4,000 North Korean soldiers killed or wounded " + UUID.randomUUID(),
				List.of(ClaimJson.podcastClaim(subject), ClaimJson.contactGroupClaim(subject), deployed));
	}

	public static Map<String, Object> report(String title, List<Map<String, Object>> claims) {
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("title", title);
		report.put("outlet", "Interfax-Ukraine");
		report.put("author", "Staff");
		report.put("publishedOn", "2025-01-10");
		report.put("url", "https://interfax.com.ua/news/example");
		report.put("text", "President Zelensky told the Ukraine Defense Contact Group ...");
		report.put("claims", claims);
		return report;
	}

}
