package org.casualtyclaims.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.ConcurrentStatsCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ready-to-send responses by query, dropped whole whenever the data changes.
 * <p>
 * Never stale: a reader notes the generation before it reads the database and keeps its
 * answer only if no invalidation happened since. Without that, an answer computed from a
 * snapshot taken just before a commit could be stored just after the invalidation for
 * that commit, and be served until the next write.
 * <p>
 * Bounded by bytes, entry by entry: Caffeine's W-TinyLFU keeps the entries read often, so
 * a crawler's large one-off pages evict each other, not the pages dashboards poll.
 * <p>
 * One render per miss: concurrent misses for a query wait for the first one's render
 * instead of each reading the database, which is what every poller does right after a
 * write. A request only joins a render begun in the current generation, so a writer's
 * next read never gets an answer read before its own commit.
 * <p>
 * Counts hits and misses per request answered, for the hit ratio in metrics: a
 * {@link #peek} that misses is not counted, since the {@link #get} that follows counts
 * it.
 *
 * @param <K> the normalized query
 */
public final class ResponseCache<K> {

	// what an entry costs beside its bytes (key, maps, objects): bounds a crawler's many
	// small pages
	static final int ENTRY_OVERHEAD = 512;

	private final long maxBytes;

	private final Cache<K, CachedResponse> entries;

	private final ConcurrentMap<K, Render> renders = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	// Caffeine's own statistics, kept here so a peek's hit can be counted by hand
	private final ConcurrentStatsCounter stats = new ConcurrentStatsCounter();

	public ResponseCache(long maxBytes) {
		this.maxBytes = maxBytes;
		this.entries = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((K key,
					CachedResponse response) -> (int) Math.min(Integer.MAX_VALUE, response.size() + ENTRY_OVERHEAD))
			// evict on the calling thread: no pool for a few map operations, and tests
			// see the bound at once
			.executor(Runnable::run)
			.recordStats(() -> this.stats)
			.build();
	}

	/** The cached answer, or null; only a hit is counted. */
	public CachedResponse peek(K key) {
		CachedResponse hit = this.entries.policy().getIfPresentQuietly(key);
		if (hit != null) {
			this.stats.recordHits(1);
		}
		return hit;
	}

	/**
	 * Publishes this cache's statistics as Micrometer's {@code cache.*} meters tagged
	 * {@code cache=name}: gets by hit and miss, evictions, size and weight.
	 */
	public void bindTo(MeterRegistry registry, String name) {
		CaffeineCacheMetrics.monitor(registry, this.entries, name);
	}

	/** The cached answer, or a fresh one from {@code compute}, kept if still current. */
	public CachedResponse get(K key, Supplier<CachedResponse> compute) {
		while (true) {
			CachedResponse hit = this.entries.getIfPresent(key);
			if (hit != null) {
				return hit;
			}
			Render mine = new Render(this.generation.get());
			Render running = this.renders.putIfAbsent(key, mine);
			if (running == null) {
				return render(key, mine, compute);
			}
			if (running.generation == mine.generation) {
				return running.await();
			}
			// begun before a write this request may have to see: render anew
			this.renders.remove(key, running);
		}
	}

	private CachedResponse render(K key, Render render, Supplier<CachedResponse> compute) {
		try {
			CachedResponse fresh = compute.get();
			store(key, fresh, render.generation);
			render.result.complete(fresh);
			return fresh;
		}
		catch (RuntimeException | Error ex) {
			render.result.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.renders.remove(key, render);
		}
	}

	// synchronized with invalidate(), so no entry slips in between its check and the
	// clear
	private synchronized void store(K key, CachedResponse response, long readAt) {
		if (this.generation.get() != readAt || response.size() + ENTRY_OVERHEAD > this.maxBytes) {
			return;
		}
		this.entries.put(key, response);
	}

	public synchronized void invalidate() {
		this.generation.incrementAndGet();
		this.entries.invalidateAll();
	}

	/**
	 * Invalidates once the calling transaction has committed (and so before its HTTP
	 * response is written), or now when there is no transaction. Invalidating before the
	 * commit would let a reader store the pre-commit data again.
	 */
	public void invalidateAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			invalidate();
			return;
		}
		// once per transaction, however many claims a report writes
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				invalidate();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(ResponseCache.this);
			}

		});
	}

	long size() {
		this.entries.cleanUp();
		return this.entries.estimatedSize();
	}

	long weight() {
		this.entries.cleanUp();
		return this.entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	/** A render in progress, for the misses that arrive while it runs. */
	private static final class Render {

		final long generation;

		final CompletableFuture<CachedResponse> result = new CompletableFuture<>();

		Render(long generation) {
			this.generation = generation;
		}

		CachedResponse await() {
			try {
				return this.result.join();
			}
			catch (CompletionException ex) {
				// the waiter fails as the renderer did, e.g. with the database
				// unreachable
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

}
