package org.casualtyclaims.analysis;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.ConsistencyFlags;
import org.casualtyclaims.web.InvalidParameterException;
import org.casualtyclaims.web.NotFoundException;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.Paging;

/**
 * Conflicts, ratios and consistency flags: HTTP in, one read, HTTP out. Plain reads, not
 * kept in the response cache; rate-limited like every API read.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class AnalysisController {

	private final Conflicts conflicts;

	private final Ratios ratios;

	private final ConsistencyFlags flags;

	private final AnalysisProperties properties;

	AnalysisController(Conflicts conflicts, Ratios ratios, ConsistencyFlags flags, AnalysisProperties properties) {
		this.conflicts = conflicts;
		this.ratios = ratios;
		this.flags = flags;
		this.properties = properties;
	}

	@GetMapping("/conflicts")
	@Operation(operationId = "listConflicts", summary = "Claims that contradict each other",
			description = "Pairs of active claims of one series by different speakers, stated at most withinDays "
					+ "apart, whose ranges do not overlap and whose figures differ by more than "
					+ "minDifferencePercent of the smaller figure (|a - b| / min(a, b) x 100); newest first.")
	@ApiResponse(responseCode = "200", description = "A page of conflicting pairs",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ConflictPage.class)))
	ResponseEntity<PageResponse<ConflictResponse>> conflicts(@RequestParam(required = false) Integer withinDays,
			@RequestParam(required = false) BigDecimal minDifferencePercent,
			@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Category category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int days = (withinDays != null) ? withinDays : this.properties.defaultWithinDays();
		if (days < 0 || days > this.properties.maxWithinDays()) {
			throw new InvalidParameterException("withinDays",
					"must be between 0 and " + this.properties.maxWithinDays());
		}
		BigDecimal percent = (minDifferencePercent != null) ? minDifferencePercent
				: this.properties.defaultMinDifferencePercent();
		if (percent.signum() < 0 || percent.compareTo(this.properties.maxMinDifferencePercent()) > 0) {
			throw new InvalidParameterException("minDifferencePercent",
					"must be between 0 and " + this.properties.maxMinDifferencePercent().toPlainString());
		}
		return fresh(this.conflicts.page(days, percent, subject, category, Paging.of(page, size, 100)));
	}

	@GetMapping("/ratios")
	@Operation(operationId = "getRatio", summary = "One category of a subject as a share of another",
			description = "The latest active claims of two categories of a subject (e.g. casualties of deployed) "
					+ "and numerator / denominator x 100, half-up to 2 decimals, with the range their bounds "
					+ "allow; 404 when the subject has no active claim of either category.")
	@ApiResponse(responseCode = "200", description = "The ratio of the two latest claims and its range",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = RatioResponse.class)))
	@ApiResponse(responseCode = "404", description = "No active claim of the numerator or denominator category")
	ResponseEntity<RatioResponse> ratio(@RequestParam @NotBlank @Size(max = 200) String subject,
			@RequestParam Category numerator, @RequestParam Category denominator) {
		if (numerator == denominator) {
			throw new InvalidParameterException("denominator", "must be another category than numerator");
		}
		return fresh(this.ratios.of(subject, numerator, denominator)
			.orElseThrow(() -> new NotFoundException("The subject has no active claim of " + numerator.wireName()
					+ " or of " + denominator.wireName() + ".")));
	}

	@GetMapping("/flags")
	@Operation(operationId = "listFlags", summary = "Open consistency flags",
			description = "Killed or wounded claims above the same speaker's casualties claim for the subject on "
					+ "the same date, raised on write and cleared by the correction that removes them; newest "
					+ "first.")
	@ApiResponse(responseCode = "200", description = "A page of open flags",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = FlagPage.class)))
	ResponseEntity<PageResponse<ConsistencyFlags.FlagResponse>> flags(
			@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return fresh(this.flags.page(subject, Paging.of(page, size, 100)));
	}

	// computed from the latest claims: a client may keep it max-age, by default not at
	// all
	private <T> ResponseEntity<T> fresh(T body) {
		CacheControl cache = this.properties.maxAge().isZero() ? CacheControl.noCache()
				: CacheControl.maxAge(this.properties.maxAge());
		return ResponseEntity.ok().cacheControl(cache).body(body);
	}

	/** The page of conflicts, named for the OpenAPI document. */
	record ConflictPage(java.util.List<ConflictResponse> content, PageResponse.Metadata page) {
	}

	/** The page of flags, named for the OpenAPI document. */
	record FlagPage(java.util.List<ConsistencyFlags.FlagResponse> content, PageResponse.Metadata page) {
	}

}
