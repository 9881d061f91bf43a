package org.casualtyclaims.change;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.ClaimChanged;
import org.casualtyclaims.web.CachedReads;

/**
 * Drops the cached reads on every write: this instance's own once it commits, another
 * instance's when its notification arrives, and all of them when notifications may have
 * been missed. It sits with the notifications because they decide what counts as a write;
 * the cache itself is plumbing that knows no feature.
 */
@Component
class CachedReadsInvalidation {

	private final CachedReads reads;

	CachedReadsInvalidation(CachedReads reads) {
		this.reads = reads;
	}

	@EventListener
	void on(ClaimChanged change) {
		this.reads.invalidateAfterCommit();
	}

	@EventListener
	void on(SeriesChanged change) {
		this.reads.invalidate();
	}

	@EventListener
	void on(ChangesMissed missed) {
		this.reads.invalidate();
	}

}
