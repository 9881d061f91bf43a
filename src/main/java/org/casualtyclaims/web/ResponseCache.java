package org.casualtyclaims.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ready-to-send responses by query, dropped whole whenever the data changes.
 * <p>
 * Never stale: a reader notes the generation before it reads the database and keeps
 * its answer only if no invalidation happened since. Without that, an answer computed
 * from a snapshot taken just before a commit could be stored just after the
 * invalidation for that commit, and be served until the next write.
 *
 * @param <K> the normalized query
 */
public final class ResponseCache<K> {

	private final int maxEntries;

	private final long maxBytes;

	private final Map<K, CachedResponse> entries = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	// guarded by this
	private long bytes;

	public ResponseCache(int maxEntries, long maxBytes) {
		this.maxEntries = maxEntries;
		this.maxBytes = maxBytes;
	}

	/** The cached answer, or null. */
	public CachedResponse peek(K key) {
		return this.entries.get(key);
	}

	/** The cached answer, or a fresh one from {@code compute}, kept if still current. */
	public CachedResponse get(K key, Supplier<CachedResponse> compute) {
		CachedResponse hit = this.entries.get(key);
		if (hit != null) {
			return hit;
		}
		long before = this.generation.get();
		CachedResponse fresh = compute.get();
		store(key, fresh, before);
		return fresh;
	}

	// synchronized with invalidate(), so no entry slips in between its check and the clear
	private synchronized void store(K key, CachedResponse response, long readAt) {
		if (this.generation.get() != readAt || response.size() > this.maxBytes) {
			return;
		}
		// a bound, not a policy: the hot queries are back after one miss each
		if (this.entries.size() >= this.maxEntries || this.bytes + response.size() > this.maxBytes) {
			this.entries.clear();
			this.bytes = 0;
		}
		CachedResponse replaced = this.entries.put(key, response);
		this.bytes += response.size() - ((replaced != null) ? replaced.size() : 0);
	}

	public synchronized void invalidate() {
		this.generation.incrementAndGet();
		this.entries.clear();
		this.bytes = 0;
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

	int size() {
		return this.entries.size();
	}

}
