package org.casualtyclaims.alert;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.web.CurrentActor;
import org.casualtyclaims.web.PageResponse;
import org.casualtyclaims.web.Paging;

/**
 * Alert subscriptions and their delivery logs; analyst keys only (SecurityConfiguration).
 */
@RestController
@RequestMapping(path = "/api/v1/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionController {

	private final SubscriptionService service;

	private final SubscriptionProperties properties;

	private final CurrentActor actor;

	SubscriptionController(SubscriptionService service, SubscriptionProperties properties, CurrentActor actor) {
		this.service = service;
		this.properties = properties;
		this.actor = actor;
	}

	// no-store: the body may hold the only copy of a generated secret
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createSubscription", summary = "Subscribe to alerts on deltas",
			description = "Sends a signed webhook to url whenever a new delta of a matching series meets the "
					+ "condition. Without a secret the service makes one; it is shown in this answer only.")
	ResponseEntity<SubscriptionResponse> create(@Valid @RequestBody SubscriptionRequest request) {
		SubscriptionResponse created = this.service.create(request, this.actor.name());
		return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id()))
			.cacheControl(CacheControl.noStore())
			.body(created);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSubscription", summary = "Read a subscription",
			description = "One of the caller's subscriptions (an admin's: anyone's); never its secret.")
	SubscriptionResponse get(@PathVariable UUID id) {
		return this.service.get(id);
	}

	/** The caller's subscriptions (an admin's: everyone's), newest first. */
	@GetMapping
	@Operation(operationId = "listSubscriptions", summary = "List subscriptions",
			description = "The caller's subscriptions (an admin's: everyone's), newest first, paged.")
	PageResponse<SubscriptionResponse> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PageResponse.of(this.service.list(Paging.of(page, size, 20)), (s) -> s);
	}

	/**
	 * Deactivates: nothing more is matched or sent; the subscription and its log stay.
	 */
	@DeleteMapping("/{id}")
	@Operation(operationId = "deactivateSubscription", summary = "Deactivate a subscription",
			description = "Nothing more is matched or sent; the subscription and its delivery log stay.")
	ResponseEntity<Void> deactivate(@PathVariable UUID id) {
		this.service.deactivate(id, this.actor.name());
		return ResponseEntity.noContent().build();
	}

	/** Every alert raised for the subscription, newest first, with its attempts. */
	@GetMapping("/{id}/deliveries")
	@Operation(operationId = "listDeliveries", summary = "A subscription's delivery log",
			description = "Every alert raised for the subscription, newest first, with each attempt's outcome.")
	PageResponse<DeliveryResponse> deliveries(@PathVariable UUID id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		int pageSize = this.properties.deliveriesPageSize();
		if (size != null && size > pageSize) {
			throw new org.casualtyclaims.web.InvalidParameterException("size", "must be at most " + pageSize);
		}
		return PageResponse.of(this.service.deliveries(id, Paging.of(page, size, Math.min(20, pageSize))), (d) -> d);
	}

}
