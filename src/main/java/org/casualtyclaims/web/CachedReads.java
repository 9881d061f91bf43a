package org.casualtyclaims.web;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.casualtyclaims.change.ChangesMissed;
import org.casualtyclaims.change.SeriesChanged;
import org.casualtyclaims.claim.ClaimChanged;

/**
 * The hot reads (/deltas/latest, /series, /deltas and /claims by subject, listings) as
 * ready-to-send responses, by request path and query string, dropped whole on every
 * write: this instance's own right after commit (before the writer's response goes out),
 * other instances' as PostgreSQL reports them (well under a second), and everything after
 * the listening connection was lost. Keyed by path and decoded parameters
 * ({@link CacheKeys}), which is all {@link CachedReadFilter} needs to answer a repeated
 * request before MVC parses it. Its hits and misses are the {@code cache.gets} meters
 * tagged {@code cache=responses}.
 */
@Component
public class CachedReads implements MeterBinder {

	private final ResponseCache<String> cache;

	private final JdbcClient jdbc;

	CachedReads(JdbcClient jdbc, ResponseCacheProperties properties) {
		this.jdbc = jdbc;
		this.cache = new ResponseCache<>(properties.maxSize().toBytes());
	}

	/**
	 * The response to this request: the JSON {@code render} writes, unless cached. Its
	 * ETag is the number of the last change any instance announced (every committed write
	 * advances change_event_ids, so any write changes every tag) and a hash of the bytes
	 * (so a tag never names other bytes, whenever the number was read).
	 */
	public CachedResponse get(HttpServletRequest request, Supplier<byte[]> render) {
		return this.cache.get(keyOf(request), () -> {
			String changeNumber = this.jdbc.sql("select last_value from change_event_ids").query(String.class).single();
			return CachedResponse.of(render.get(), changeNumber);
		});
	}

	CachedResponse peek(HttpServletRequest request) {
		return this.cache.peek(keyOf(request));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.cache.bindTo(registry, "responses");
	}

	private static String keyOf(HttpServletRequest request) {
		return CacheKeys.of(request.getRequestURI(), request.getParameterMap());
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
