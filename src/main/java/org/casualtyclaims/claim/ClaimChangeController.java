package org.casualtyclaims.claim;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.casualtyclaims.web.InvalidParameterException;

/** The change feed that mirrors sync from; see {@link ClaimChangeFeed}. */
@RestController
class ClaimChangeController {

	private final ClaimChangeFeed feed;

	private final FeedProperties properties;

	ClaimChangeController(ClaimChangeFeed feed, FeedProperties properties) {
		this.feed = feed;
		this.properties = properties;
	}

	@GetMapping(path = "/api/v1/claims/changes", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listClaimChanges", summary = "The change feed a mirror syncs from",
			description = "The claims changed after the cursor, in commit order, each in its current state. "
					+ "Send next as after to continue; when hasMore is false, poll next later.")
	ClaimChangesResponse changes(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.feed.after(ChangeCursor.parse(after), sizeOrDefault(size));
	}

	private int sizeOrDefault(Integer size) {
		if (size == null) {
			return this.properties.defaultSize();
		}
		if (size < 1 || size > this.properties.maxSize()) {
			throw new InvalidParameterException("size", "must be between 1 and " + this.properties.maxSize());
		}
		return size;
	}

}
