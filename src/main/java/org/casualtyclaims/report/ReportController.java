package org.casualtyclaims.report;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.extraction.Candidate;
import org.casualtyclaims.extraction.ClaimExtractor;
import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.web.CurrentActor;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.Paging;

/** The report resource: HTTP in, service call, HTTP out. */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportController {

	// newest publication first; the index reports_by_published_on serves exactly this
	// order
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("createdAt"),
			Sort.Order.asc("id"));

	private final ReportService service;

	private final IdempotentExecutor idempotent;

	private final CurrentActor actor;

	ReportController(ReportService service, IdempotentExecutor idempotent, CurrentActor actor) {
		this.service = service;
		this.idempotent = idempotent;
		this.actor = actor;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createReport", summary = "Post a report with its claims",
			description = "Stores the report and every claim in it, all or nothing: an invalid claim is a 400 "
					+ "naming claims[i].field, and nothing is stored. Idempotency-Key works as for claims. "
					+ "With \"extract\": true (text and no claims) nothing is stored: the answer is 200 with "
					+ "the report as it would be stored and the claims suggested from its text.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(schema = @Schema(implementation = ReportResponse.class)))
	@ApiResponse(responseCode = "200",
			description = "With extract: nothing stored; the report as it would be posted and the suggested claims",
			content = @Content(schema = @Schema(implementation = ReportExtraction.class)))
	ResponseEntity<?> create(@Validated(ReportRequest.ValidationOrder.class) @RequestBody ReportRequest request,
			@RequestHeader(name = IdempotentExecutor.HEADER, required = false) String idempotencyKey) {
		if (request.extracting()) {
			// nothing is stored, so there is nothing to replay either
			List<Candidate> candidates = ClaimExtractor.extract(request.text(), request.publishedOn(),
					request.outlet());
			return ResponseEntity.ok(new ReportExtraction(
					request.withClaims(candidates.stream().map(Candidate::claim).toList()), candidates));
		}
		return this.idempotent.execute(idempotencyKey, "POST /api/v1/reports", request, ReportResponse.class, () -> {
			ReportResponse report = this.service.create(request, this.actor.name());
			return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(report);
		});
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getReport", summary = "Read a report",
			description = "The report with every claim that came with it, retracted ones included.")
	ReportResponse get(@PathVariable UUID id) {
		return this.service.get(id);
	}

	@GetMapping
	@Operation(operationId = "listReports", summary = "List reports",
			description = "Report summaries (without text and claims), newest publication first.")
	PageResponse<ReportSummary> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageRequest paging = Paging.of(page, size, 20);
		return PageResponse.of(this.service.list(paging.withSort(NEWEST_FIRST)), (summary) -> summary);
	}

}
