package org.casualtyclaims.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casualtyclaims.claim.Claim;
import org.casualtyclaims.claim.ClaimResponse;

/** A report with every claim that came with it, retracted ones included. */
public record ReportResponse(UUID id, String title, String outlet, String author, LocalDate publishedOn, String url,
		String text, Instant createdAt, String createdBy, List<ClaimResponse> claims) {

	static ReportResponse from(Report report, List<Claim> claims) {
		return new ReportResponse(report.getId(), report.getTitle(), report.getOutlet(), report.getAuthor(),
				report.getPublishedOn(), report.getUrl(), report.getText(), report.getCreatedAt(),
				report.getCreatedBy(), claims.stream().map(ClaimResponse::from).toList());
	}

}
