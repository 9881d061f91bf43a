package org.casualtyclaims.alert;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/**
 * POSTs one alert, signed, and answers the target's status. Redirects are not followed (a
 * redirect could lead past the address check to an internal host), the body of the answer
 * is not read, and both the connection and the response have a timeout.
 */
@Component
class WebhookSender {

	static final String EVENT_ID = "X-Claims-Event-Id";

	static final String EVENT_TYPE = "X-Claims-Event-Type";

	static final String TIMESTAMP = "X-Claims-Timestamp";

	static final String SIGNATURE = "X-Claims-Signature";

	private final HttpClient client;

	private final WebhookProperties properties;

	private final Clock clock;

	WebhookSender(WebhookProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The target's HTTP status; the future fails when no answer came. */
	CompletableFuture<Integer> send(URI target, OutboxLeases.Leased alert) {
		byte[] body = alert.payload().getBytes(StandardCharsets.UTF_8);
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.properties.requestTimeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "casualty-claims-webhooks/1")
			.header(EVENT_ID, alert.id().toString())
			.header(EVENT_TYPE, alert.eventType())
			.header(TIMESTAMP, Long.toString(timestamp))
			.header(SIGNATURE, WebhookSigner.header(alert.secret(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		// the timeout above ends at the response headers; this one bounds the whole
		// exchange
		long overallMillis = this.properties.connectTimeout().plus(this.properties.requestTimeout()).toMillis();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
			.thenApply(WebhookSender::statusClosingBody)
			.orTimeout(overallMillis, TimeUnit.MILLISECONDS);
	}

	// only the status matters: closing the stream drops the connection instead of
	// reading a body that may never end
	private static int statusClosingBody(HttpResponse<InputStream> response) {
		try (InputStream ignored = response.body()) {
			return response.statusCode();
		}
		catch (IOException ex) {
			return response.statusCode();
		}
	}

}
