package org.casualtyclaims.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report in a listing: without its text and claims, which can run to 200,000 characters
 * and 500 claims each; {@code GET /api/v1/reports/{id}} has them.
 */
public record ReportSummary(UUID id, String title, String outlet, String author, LocalDate publishedOn, String url,
		Instant createdAt, String createdBy, long claimCount) {

	static ReportSummary from(Report report, long claimCount) {
		return new ReportSummary(report.getId(), report.getTitle(), report.getOutlet(), report.getAuthor(),
				report.getPublishedOn(), report.getUrl(), report.getCreatedAt(), report.getCreatedBy(), claimCount);
	}

}
