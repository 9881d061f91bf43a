package org.casualtyclaims.delta;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.web.AsOf;
import org.casualtyclaims.web.CachedReadRequest;
import org.casualtyclaims.web.CachedReads;
import org.casualtyclaims.web.ConditionalRead;
import org.casualtyclaims.web.Paging;
import org.casualtyclaims.web.StorableDate;

/** The delta resources: HTTP in, service call, HTTP out. */
@RestController
@RequestMapping(path = "/api/v1/deltas", produces = MediaType.APPLICATION_JSON_VALUE)
class DeltaController {

	private final DeltaService service;

	private final LatestDeltas latest;

	private final CachedReads cachedReads;

	private final Clock clock;

	DeltaController(DeltaService service, LatestDeltas latest, CachedReads cachedReads, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.latest = latest;
		this.cachedReads = cachedReads;
	}

	// a page, like every listing: the whole table in one answer would hold a connection
	// (or memory) for as long as the slowest client takes to read it. The page is bytes
	// before anything is written; one subject's pages are kept until the next write
	@GetMapping
	@ConditionalRead
	@Operation(operationId = "listDeltas", summary = "List deltas",
			description = "The consecutive deltas of each matching series, series by series, oldest first; "
					+ "with speaker, only that speaker's claims form each sequence. Answers with an ETag and 304 "
					+ "when subject is given.")
	@ApiResponse(responseCode = "200",
			description = "A page of the consecutive deltas, series by series (subject, category), each oldest first",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeltaPage.class)))
	ResponseEntity<byte[]> deltas(
			@Valid @ParameterObject DeltaFilter filter, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @Parameter(description = AsOf.DESCRIPTION) @RequestParam(
					required = false) @StorableDate @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
			CachedReadRequest request) {
		PageRequest paging = Paging.of(page, size, 100);
		if (AsOf.check(asOf, this.clock) != null) {
			return this.cachedReads.uncached(this.service.deltas(filter, paging, asOf));
		}
		if (filter.subject() != null && !filter.subject().isBlank()) {
			return this.cachedReads.get(request, () -> this.service.deltas(filter, paging));
		}
		return this.cachedReads.uncached(this.service.deltas(filter, paging));
	}

	// dashboards poll this: no-cache makes every cache revalidate, and the answer is kept
	// as bytes (identity and gzip) until the next write, so a poll touches no database
	@GetMapping("/latest")
	@ConditionalRead
	@Operation(operationId = "listLatestDeltas", summary = "The newest delta of every series",
			description = "What dashboards poll: the newest delta of each series with two or more claims, "
					+ "the most recently moved first. Send the ETag back in If-None-Match: 304 until a claim "
					+ "changes.")
	@ApiResponse(responseCode = "200",
			description = "A page of the newest delta of each series, most recently moved first",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = DeltaPage.class)))
	ResponseEntity<byte[]> latest(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @Parameter(description = AsOf.DESCRIPTION) @RequestParam(
					required = false) @StorableDate @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
			CachedReadRequest request) {
		PageRequest paging = Paging.of(page, size, 100);
		LatestDeltas.Query query = LatestDeltas.Query.of(subject, category, paging.getPageNumber(),
				paging.getPageSize());
		if (AsOf.check(asOf, this.clock) != null) {
			return this.cachedReads.uncached(this.latest.page(query, asOf));
		}
		return this.cachedReads.get(request, () -> this.latest.page(query));
	}

	@GetMapping("/between")
	@Operation(operationId = "getDeltaBetween", summary = "The delta between two claims",
			description = "The delta from one claim to another of the same series, in the order given; 400 "
					+ "different-series when they belong to different series.")
	DeltaResponse between(@RequestParam UUID from, @RequestParam UUID to) {
		return this.service.between(from, to);
	}

}
