package org.casualtyclaims.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.casualtyclaims.change.ChangesMissed;
import org.casualtyclaims.change.SeriesChanged;
import org.casualtyclaims.claim.ClaimChanged;

/**
 * The hot reads (/deltas/latest, /series, /deltas and /claims by subject, listings) as ready-to-send responses, by request path
 * and query string, dropped whole on every write: this instance's own right after
 * commit (before the writer's response goes out), other instances' as PostgreSQL
 * reports them (well under a second), and everything after the listening connection
 * was lost. Keyed by the raw request so that {@link CachedReadFilter} can answer a
 * repeated request without parsing it; a query spelt two ways is two entries.
 */
@Component
public class CachedReads {

	// the hot queries are a handful; the bounds only stop a crawler from growing the map
	// (a subject's deltas can be hundreds of KB, so entries alone would not bound memory)
	private static final int MAX_ENTRIES = 1_000;

	private static final long MAX_BYTES = 32L * 1024 * 1024;

	private final ResponseCache<String> cache = new ResponseCache<>(MAX_ENTRIES, MAX_BYTES);

	private final JdbcClient jdbc;

	CachedReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The response to this request: the JSON {@code render} writes, unless cached. Its
	 * ETag is the number of the last change any instance announced (every committed
	 * write advances change_event_ids, so any write changes every tag) and a hash of
	 * the bytes (so a tag never names other bytes, whenever the number was read).
	 */
	public CachedResponse get(HttpServletRequest request, Supplier<byte[]> render) {
		return this.cache.get(keyOf(request), () -> {
			String changeNumber = this.jdbc.sql("select last_value from change_event_ids")
				.query(String.class)
				.single();
			return CachedResponse.of(render.get(), changeNumber);
		});
	}

	CachedResponse peek(HttpServletRequest request) {
		return this.cache.peek(keyOf(request));
	}

	private static String keyOf(HttpServletRequest request) {
		String query = request.getQueryString();
		return (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
	}

	@EventListener
	void on(ClaimChanged change) {
		this.cache.invalidateAfterCommit();
	}

	@EventListener
	void on(SeriesChanged change) {
		this.cache.invalidate();
	}

	@EventListener
	void on(ChangesMissed missed) {
		this.cache.invalidate();
	}

}
