package org.casualtyclaims.apikey;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.web.CurrentActor;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.Paging;

/** Key management, for admin keys only (see SecurityConfiguration). */
@RestController
@RequestMapping(path = "/api/v1/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
class ApiKeyController {

	private static final Map<String, String> SORT_FIELDS = Map.of("createdAt", "createdAt", "name", "name");

	private final ApiKeyService service;

	private final CurrentActor actor;

	ApiKeyController(ApiKeyService service, CurrentActor actor) {
		this.service = service;
		this.actor = actor;
	}

	// no-store: the body holds the only copy of the key, no cache may keep it
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "issueApiKey", summary = "Issue an API key",
			description = "A new key with a role; the plaintext key is in this answer only, never again.")
	@ApiResponse(responseCode = "409", description = "A key of this name exists")
	ResponseEntity<IssuedKeyResponse> issue(@Valid @RequestBody ApiKeyRequest request) {
		ApiKeyService.IssuedKey issued = this.service.issue(request.name(), request.role(), this.actor.name());
		return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.apiKey().getId()))
			.cacheControl(CacheControl.noStore())
			.body(IssuedKeyResponse.from(issued));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getApiKey", summary = "Read an API key", description = "The key without its secret.")
	ApiKeyResponse get(@PathVariable UUID id) {
		return ApiKeyResponse.from(this.service.get(id));
	}

	/** Every key ever issued, revoked ones included, oldest first by default. */
	@GetMapping
	@Operation(operationId = "listApiKeys", summary = "List API keys",
			description = "Every key ever issued, revoked ones included, without secrets; sort is "
					+ "field,asc|desc over createdAt (default createdAt,asc) or name.")
	PageResponse<ApiKeyResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		return PageResponse.of(this.service.list(Paging.of(page, size, 100, sort, SORT_FIELDS, "createdAt,asc")),
				ApiKeyResponse::from);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
			description = "The key stops working at once on this instance, and for writes on every instance.")
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		this.service.revoke(id, this.actor.name());
		return ResponseEntity.noContent().build();
	}

}
