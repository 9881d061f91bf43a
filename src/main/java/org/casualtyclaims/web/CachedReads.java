package org.casualtyclaims.web;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The hot reads (/deltas/latest, /series, /deltas and /claims by subject, listings) as
 * ready-to-send responses, by request path and query string, dropped whole on every
 * write: this instance's own right after commit (before the writer's response goes out),
 * other instances' as PostgreSQL reports them (well under a second), and everything after
 * the listening connection was lost. Which writes those are is the change notifications'
 * business ({@code change.CachedReadsInvalidation}); this class knows no feature. Keyed
 * by path and decoded parameters ({@link CacheKeys}), which is all
 * {@link CachedReadFilter} needs to answer a repeated request before MVC parses it. Its
 * hits and misses are the {@code cache.gets} meters tagged {@code cache=responses}.
 * <p>
 * The one place those reads' records become JSON (once per data change) and a
 * {@link ResponseEntity}, so their controllers return what this gives them and touch no
 * servlet object.
 */
@Component
public class CachedReads implements MeterBinder {

	private final ResponseCache<String> cache;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CachedReads(JdbcClient jdbc, JsonMapper json, ResponseCacheProperties properties) {
		this.jdbc = jdbc;
		this.json = json;
		this.cache = new ResponseCache<>(properties.maxSize().toBytes());
	}

	/**
	 * The answer to this request: what {@code read} returns, as JSON rendered once per
	 * data change and then kept, sent as the client accepts it, or 304 when its
	 * {@code If-None-Match} still names it ({@link CachedResponse}). The body is the kept
	 * array itself, written out as is.
	 */
	public ResponseEntity<byte[]> get(CachedReadRequest request, Supplier<?> read) {
		return cached(request.key(), () -> this.json.writeValueAsBytes(read.get())).toResponse(request.ifNoneMatch(),
				request.acceptEncoding());
	}

	/**
	 * What {@code body} is as JSON, rendered for this request only: the as-of reads, and
	 * the reads too broad to keep.
	 */
	public ResponseEntity<byte[]> uncached(Object body) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.json.writeValueAsBytes(body));
	}

	/**
	 * The response kept under {@code key}, or the JSON {@code render} writes. Its ETag is
	 * the number of the last change any instance announced (every committed write
	 * advances change_event_ids, so any write changes every tag) and a hash of the bytes
	 * (so a tag never names other bytes, whenever the number was read).
	 */
	CachedResponse cached(String key, Supplier<byte[]> render) {
		return this.cache.get(key, () -> {
			String changeNumber = this.jdbc.sql("select last_value from change_event_ids").query(String.class).single();
			return CachedResponse.of(render.get(), changeNumber);
		});
	}

	CachedResponse peek(HttpServletRequest request) {
		return this.cache.peek(CachedReadRequest.keyOf(request));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.cache.bindTo(registry, "responses");
	}

	/**
	 * Drops every response once the calling transaction commits (so a reader cannot store
	 * the data it replaced again), or now outside a transaction.
	 */
	public void invalidateAfterCommit() {
		this.cache.invalidateAfterCommit();
	}

	/**
	 * Drops every response now: another instance wrote, or writes may have been missed.
	 */
	public void invalidate() {
		this.cache.invalidate();
	}

}
