package org.casualtyclaims.claim;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.web.AsOf;
import org.casualtyclaims.web.CachedReadRequest;
import org.casualtyclaims.web.CachedReads;
import org.casualtyclaims.web.ConditionalRead;
import org.casualtyclaims.web.CurrentActor;
import org.casualtyclaims.web.ETags;
import org.casualtyclaims.web.Paging;
import org.casualtyclaims.web.StorableDate;

/**
 * The claim resource: HTTP in, service call, HTTP out. Parameter constraints such as
 * {@code reason} are checked by MVC's own method validation, so a failure reaches the
 * problem handler as a 400 (a class-level {@code @Validated} would turn it into a 500).
 */
@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
class ClaimController {

	private static final Map<String, String> SORT_FIELDS = Map.of("statedOn", "content.statedOn", "figure",
			"content.figure", "createdAt", "createdAt", "updatedAt", "updatedAt");

	private final ClaimService service;

	private final IdempotentExecutor idempotent;

	private final CurrentActor actor;

	private final ClaimListing listing;

	private final CachedReads cachedReads;

	private final Clock clock;

	ClaimController(ClaimService service, IdempotentExecutor idempotent, CurrentActor actor, ClaimListing listing,
			CachedReads cachedReads, Clock clock) {
		this.clock = clock;
		this.service = service;
		this.idempotent = idempotent;
		this.actor = actor;
		this.listing = listing;
		this.cachedReads = cachedReads;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createClaim", summary = "Record a claim",
			description = "Stores one claim at version 1. With an Idempotency-Key, the same key and body within "
					+ "24 hours replays the first answer and stores nothing new.")
	@ApiResponse(responseCode = "201", description = "The claim as stored",
			headers = @Header(name = HttpHeaders.ETAG, description = "The claim's version, quoted",
					schema = @Schema(type = "string", maxLength = 12, pattern = "^\"[0-9]+\"$")))
	ResponseEntity<ClaimResponse> create(@Valid @RequestBody ClaimRequest request,
			@RequestHeader(name = IdempotentExecutor.HEADER, required = false) String idempotencyKey) {
		return this.idempotent.execute(idempotencyKey, "POST /api/v1/claims", request, ClaimResponse.class, () -> {
			Claim claim = this.service.create(request.toContent(), this.actor.name());
			return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.getId()))
				.eTag(ETags.ofVersion(claim.getVersion()))
				.body(ClaimResponse.from(claim));
		});
	}

	@GetMapping("/{id}")
	@ConditionalRead
	@Operation(operationId = "getClaim", summary = "Read a claim",
			description = "Any claim, retracted ones included; its ETag is its version.")
	ResponseEntity<ClaimResponse> get(@PathVariable UUID id) {
		return withETag(this.service.get(id));
	}

	// kept as bytes until the next write, like /deltas/latest: dashboards page through
	// a subject's claims as often as they poll
	@GetMapping
	@ConditionalRead
	@Operation(operationId = "listClaims", summary = "List claims",
			description = "A page of claims matching every filter given, active ones unless status says "
					+ "otherwise; sort is field,asc|desc over statedOn (default statedOn,desc), figure, "
					+ "createdAt, updatedAt.")
	@ApiResponse(responseCode = "200", description = "A page of claims",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = ClaimPage.class)))
	ResponseEntity<byte[]> list(@Valid @ParameterObject ClaimFilter filter,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, @Parameter(description = AsOf.DESCRIPTION) @RequestParam(
					required = false) @StorableDate @DateTimeFormat(iso = ISO.DATE_TIME) Instant asOf,
			CachedReadRequest request) {
		PageRequest paging = Paging.of(page, size, 20, sort, SORT_FIELDS, "statedOn,desc");
		if (AsOf.check(asOf, this.clock) != null) {
			return this.cachedReads.uncached(this.listing.page(filter, paging, asOf));
		}
		return this.cachedReads.get(request, () -> this.listing.page(filter, paging));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceClaim", summary = "Correct a claim",
			description = "Replaces every writable field and adds a revision; If-Match guards against "
					+ "overwriting a change made meanwhile.")
	@ApiResponse(responseCode = "200", description = "The claim at its new version",
			headers = @Header(name = HttpHeaders.ETAG, description = "The claim's new version, quoted",
					schema = @Schema(type = "string", maxLength = 12, pattern = "^\"[0-9]+\"$")))
	@ApiResponse(responseCode = "409", description = "The claim is retracted and can no longer change")
	ResponseEntity<ClaimResponse> replace(@PathVariable UUID id, @Valid @RequestBody ClaimRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return withETag(this.service.replace(id, request.toContent(), ETags.ifMatch(ifMatch), this.actor.name()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "retractClaim", summary = "Retract a claim",
			description = "The claim leaves series, deltas and default listings but is never erased; "
					+ "retracting it again changes nothing.")
	ResponseEntity<Void> retract(@PathVariable UUID id, @RequestParam @NotBlank @Size(max = 1000) String reason,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.service.retract(id, reason.strip(), ETags.ifMatch(ifMatch), this.actor.name());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/revisions")
	@Operation(operationId = "listClaimRevisions", summary = "A claim's earlier versions",
			description = "Every earlier version of the claim, oldest first, with who changed it when.")
	List<RevisionResponse> revisions(@PathVariable UUID id) {
		return this.service.revisionsOf(id).stream().map(RevisionResponse::from).toList();
	}

	private static ResponseEntity<ClaimResponse> withETag(Claim claim) {
		return ResponseEntity.ok().eTag(ETags.ofVersion(claim.getVersion())).body(ClaimResponse.from(claim));
	}

}
