package org.casualtyclaims.report;

import java.util.List;

import org.casualtyclaims.extraction.Candidate;

/**
 * What {@code POST /api/v1/reports} with {@code extract: true} answers: the report as it
 * would be posted, its claims the candidates' bodies, and the candidates with their
 * confidence and place in the text. Nothing is stored.
 *
 * @param report a body to post to {@code /api/v1/reports} once reviewed
 * @param candidates the claims found, in the order of {@code report.claims}
 */
public record ReportExtraction(ReportRequest report, List<Candidate> candidates) {
}
