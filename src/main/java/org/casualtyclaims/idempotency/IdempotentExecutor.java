package org.casualtyclaims.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.casualtyclaims.web.CurrentActor;
import org.casualtyclaims.web.InvalidParameterException;

/**
 * Runs a POST at most once per {@code Idempotency-Key}. The key is reserved, the write
 * done and its response stored in one transaction, so the database decides which of two
 * racing duplicates writes: the other waits on the key's row and then replays.
 * <p>
 * Only successful responses are stored. A write that fails rolls back the reservation
 * with everything else, so a 4xx or 5xx never poisons the key: the client may fix the
 * request and send it again under the same key. (Validation failures do not even reach
 * here.)
 */
@Component
public class IdempotentExecutor {

	public static final String HEADER = "Idempotency-Key";

	static final Duration TIME_TO_LIVE = Duration.ofHours(24);

	public static final int MAX_KEY_LENGTH = 255;

	private final IdempotencyRecords records;

	private final RequestHasher hasher;

	private final JsonMapper json;

	private final CurrentActor actor;

	private final Clock clock;

	IdempotentExecutor(IdempotencyRecords records, RequestHasher hasher, JsonMapper json, CurrentActor actor,
			Clock clock) {
		this.records = records;
		this.hasher = hasher;
		this.json = json;
		this.actor = actor;
		this.clock = clock;
	}

	/**
	 * @param key the {@code Idempotency-Key} header, or null when the client sent none
	 * @param scope the method and path, e.g. {@code POST /api/v1/claims}
	 * @param request the parsed body; its canonical JSON is what "the same body" means
	 */
	@Transactional
	public <T> ResponseEntity<T> execute(String key, String scope, Object request, Class<T> responseType,
			Supplier<ResponseEntity<T>> write) {
		if (key == null) {
			return write.get();
		}
		IdempotentRequest idempotent = new IdempotentRequest(this.actor.name(), scope, checked(key),
				this.hasher.hash(request));
		// the loop only repeats if an expired record vanished between two statements
		for (int attempt = 0; attempt < 3; attempt++) {
			Instant now = this.clock.instant();
			if (this.records.reserve(idempotent, now, now.plus(TIME_TO_LIVE))) {
				ResponseEntity<T> response = write.get();
				this.records.complete(idempotent, stored(response));
				return response;
			}
			Optional<IdempotencyRecords.Existing> existing = this.records.find(idempotent);
			if (existing.isPresent()) {
				if (!existing.get().requestHash().equals(idempotent.requestHash())) {
					throw new IdempotencyKeyReusedException();
				}
				return replay(existing.get().response(), responseType);
			}
		}
		throw new IllegalStateException("Idempotency-Key could be neither reserved nor found");
	}

	private static String checked(String key) {
		if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw new InvalidParameterException(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters, not blank");
		}
		return key;
	}

	private StoredResponse stored(ResponseEntity<?> response) {
		HttpHeaders headers = response.getHeaders();
		String body = (response.getBody() != null) ? this.json.writeValueAsString(response.getBody()) : null;
		return new StoredResponse(response.getStatusCode().value(), headers.getFirst(HttpHeaders.LOCATION),
				headers.getETag(), body);
	}

	// read leniently: a field dropped from the response type since must not break a
	// replay
	private <T> ResponseEntity<T> replay(StoredResponse stored, Class<T> responseType) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(stored.status()));
		if (stored.location() != null) {
			builder.header(HttpHeaders.LOCATION, stored.location());
		}
		if (stored.etag() != null) {
			builder.eTag(stored.etag());
		}
		T body = (stored.body() != null) ? this.json.readerFor(responseType)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(stored.body()) : null;
		return builder.body(body);
	}

}
