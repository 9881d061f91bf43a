package org.casualtyclaims.stream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import org.casualtyclaims.web.InvalidParameterException;

/**
 * {@code GET /api/v1/deltas/stream}: a server-sent event per changed series. A client
 * that reconnects sends {@code Last-Event-ID} (browsers do) or {@code ?lastEventId=}
 * and gets what it missed, or a {@code refetch} event when that is not known here.
 */
@RestController
class DeltaStreamController {

	private final EventStreamHub hub;

	DeltaStreamController(EventStreamHub hub) {
		this.hub = hub;
	}

	@GetMapping(path = "/api/v1/deltas/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventIdHeader,
			@RequestParam(name = "lastEventId", required = false) String lastEventIdParameter) {
		String lastEventId = (lastEventIdHeader != null) ? lastEventIdHeader : lastEventIdParameter;
		return this.hub.subscribe(parse(lastEventId));
	}

	private static Long parse(String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(lastEventId.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException("Last-Event-ID", "must be the id of an event this stream sent");
		}
	}

}
