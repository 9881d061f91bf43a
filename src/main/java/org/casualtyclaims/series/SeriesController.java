package org.casualtyclaims.series;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;

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

/** Series and the subjects they are about: HTTP in, service call, HTTP out. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class SeriesController {

	private final SeriesService service;

	private final CachedReads cachedReads;

	private final SubjectListProperties subjectList;

	private final Clock clock;

	SeriesController(SeriesService service, CachedReads cachedReads, SubjectListProperties subjectList, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.cachedReads = cachedReads;
		this.subjectList = subjectList;
	}

	// kept as bytes until the next write, with an ETag, like /deltas/latest
	@GetMapping("/series")
	@ConditionalRead
	@Operation(operationId = "listSeries", summary = "List series",
			description = "Each series (subject and category) with its size, newest claim and last move, "
					+ "the most recently moved first.")
	@ApiResponse(responseCode = "200", description = "A page of series, the most recently moved first",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = SeriesPage.class)))
	ResponseEntity<byte[]> series(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @Parameter(description = AsOf.DESCRIPTION) @RequestParam(
					required = false) @StorableDate @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
			CachedReadRequest request) {
		PageRequest paging = Paging.of(page, size, 100);
		if (AsOf.check(asOf, this.clock) != null) {
			return this.cachedReads
				.uncached(this.service.page(subject, category, paging.getPageNumber(), paging.getPageSize(), asOf));
		}
		return this.cachedReads.get(request,
				() -> this.service.page(subject, category, paging.getPageNumber(), paging.getPageSize()));
	}

	@GetMapping("/subjects")
	@Operation(operationId = "listSubjects", summary = "The subjects in use",
			description = "Each subject of an active claim once, in subject order, for pickers; at most "
					+ "claims.subjects.max-listed of them.")
	List<String> subjects() {
		return this.service.subjects(this.subjectList.maxListed());
	}

}
