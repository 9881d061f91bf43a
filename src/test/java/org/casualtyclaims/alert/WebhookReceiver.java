package org.casualtyclaims.alert;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook target on 127.0.0.1 and an ephemeral port: keeps every request it gets and
 * answers the statuses it was told to, in order, then 200.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	static WebhookReceiver start(Integer... firstStatuses) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		WebhookReceiver receiver = new WebhookReceiver(server);
		receiver.statuses.addAll(List.of(firstStatuses));
		server.createContext("/", (exchange) -> {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
			receiver.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst(WebhookSender.EVENT_ID),
					exchange.getRequestHeaders().getFirst(WebhookSender.TIMESTAMP),
					exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE),
					exchange.getRequestHeaders().getFirst("Content-Type"), body, headers));
			Integer status = receiver.statuses.poll();
			exchange.sendResponseHeaders((status != null) ? status : 200, -1);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		return receiver;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** The next request, waiting at most the timeout; null when none came. */
	Received next(Duration timeout) throws InterruptedException {
		return this.received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Every request that came within the time given. */
	List<Received> collectFor(Duration duration) throws InterruptedException {
		List<Received> all = new ArrayList<>();
		long end = System.nanoTime() + duration.toNanos();
		Received one;
		while ((one = this.received.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
			all.add(one);
		}
		return all;
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

	/** One request as it arrived. */
	record Received(String method, String path, String eventId, String timestamp, String signature, String contentType,
			byte[] body, Map<String, List<String>> headers) {
	}

}
