package org.casualtyclaims.support;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads a server-sent event stream on a thread of its own and queues each event, for
 * tests to wait on. Close it to hang up.
 */
public final class EventStreamClient implements AutoCloseable {

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final InputStream body;

	private final int status;

	private final CountDownLatch ended = new CountDownLatch(1);

	private volatile String retry;

	private final java.net.http.HttpHeaders headers;

	private EventStreamClient(HttpResponse<InputStream> response) {
		this.status = response.statusCode();
		this.body = response.body();
		this.headers = response.headers();
		if (this.status != 200) {
			// an error: its body is for bodyText()
			this.ended.countDown();
			return;
		}
		Thread reader = new Thread(this::readEvents, "test-sse-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Connects; {@code lastEventId} may be null. */
	public static EventStreamClient connect(String url, String lastEventId) throws Exception {
		return connect(url, lastEventId, Map.of());
	}

	/** Connects with extra request headers, such as {@code Authorization}. */
	public static EventStreamClient connect(String url, String lastEventId, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(30));
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		headers.forEach(request::header);
		return new EventStreamClient(
				HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
	}

	public int status() {
		return this.status;
	}

	/** A response header's first value, or null. */
	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	/** The body as text, for an answer that is not a stream (an error). */
	public String bodyText() throws Exception {
		return new String(this.body.readAllBytes(), StandardCharsets.UTF_8);
	}

	/** The last {@code retry:} value the server sent, null when none came. */
	public String retry() {
		return this.retry;
	}

	/**
	 * Waits for the server to end the stream; false when it is still open after the
	 * timeout.
	 */
	public boolean awaitEnd(Duration timeout) throws InterruptedException {
		return this.ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** Waits for an event that matches; null when none came in time. */
	public Event await(Predicate<Event> matching, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			Event event = this.events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (event != null && matching.test(event)) {
				return event;
			}
		}
		return null;
	}

	private void readEvents() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(this.body, StandardCharsets.UTF_8))) {
			String id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (!data.isEmpty()) {
						this.events.add(new Event(id, name, data.toString()));
					}
					id = null;
					name = "message";
					data.setLength(0);
				}
				else if (line.startsWith("id:")) {
					id = line.substring(3).strip();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.startsWith("retry:")) {
					this.retry = line.substring(6).strip();
				}
			}
		}
		catch (Exception ex) {
			// the test hung up
		}
		finally {
			this.ended.countDown();
		}
	}

	@Override
	public void close() throws Exception {
		this.body.close();
	}

	/** One event as the stream sent it. */
	public record Event(String id, String name, String data) {
	}

}
