package org.casualtyclaims.report;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.casualtyclaims.claim.Claim;
import org.casualtyclaims.claim.ClaimRequest;
import org.casualtyclaims.claim.ClaimService;

/** The report use cases; each public method is one transaction. */
@Service
public class ReportService {

	private final ReportRepository reports;

	private final ClaimService claimService;

	private final Clock clock;

	ReportService(ReportRepository reports, ClaimService claimService, Clock clock) {
		this.reports = reports;
		this.claimService = claimService;
		this.clock = clock;
	}

	/** The report and all its claims, or nothing: one transaction. */
	@Transactional
	public ReportResponse create(ReportRequest request, String by) {
		// flushed now: the claims' insert below is plain SQL and refers to the report
		Report report = this.reports
			.saveAndFlush(Report.create(request, by, this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
		List<Claim> created = this.claimService
			.createAll(request.claims().stream().map(ClaimRequest::toContent).toList(), report.getId(), by);
		return ReportResponse.from(report, created);
	}

	@Transactional(readOnly = true)
	public ReportResponse get(UUID id) {
		Report report = this.reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
		return ReportResponse.from(report, this.claimService.ofReport(id));
	}

	@Transactional(readOnly = true)
	public Page<ReportSummary> list(Pageable pageable) {
		Page<Report> page = this.reports.findAll(pageable);
		Map<UUID, Long> counts = this.claimService.countByReport(page.map(Report::getId).getContent());
		return page.map((report) -> ReportSummary.from(report, counts.getOrDefault(report.getId(), 0L)));
	}

}
