// Keeps the page current: the push stream when the server has one, else polling.
//
// Stream: GET api/v1/deltas/stream, server-sent events. "series" carries one changed
// series; "refetch" means the server could not replay what we missed, so we reload all.
// EventSource reconnects by itself (sending Last-Event-ID); when it gives up (404, wrong
// content type) or fails repeatedly, we poll api/v1/deltas/latest with If-None-Match
// and try the stream again now and then.

import { get, isMissing, OfflineError } from './api.js';

const STREAM = 'api/v1/deltas/stream';
const MAX_STREAM_FAILURES = 3;
const STREAM_RETRY_MS = 60000;

export class LiveUpdates {
	/**
	 * @param handlers {onSeries(data), onRefetch(), onStatus(status, detail)}
	 * @param pollMs polling interval when the stream is unavailable
	 */
	constructor(handlers, pollMs) {
		this.handlers = handlers;
		this.pollMs = pollMs;
		this.source = null;
		this.failures = 0;
		this.pollTimer = null;
		this.retryTimer = null;
		this.latestETag = null;
		this.latestMissing = false;
		this.changeMark = null;
	}

	/** Connects; the first onRefetch comes as soon as we are connected one way or the other. */
	start() {
		window.addEventListener('offline', () => this.handlers.onStatus('offline'));
		window.addEventListener('online', () => {
			if (this.source === null && this.pollTimer === null) {
				this.openStream();
			}
		});
		if (typeof EventSource === 'undefined') {
			this.startPolling();
			return;
		}
		this.openStream();
	}

	openStream() {
		this.closeStream();
		const source = new EventSource(new URL(STREAM, document.baseURI));
		this.source = source;
		let opened = false;
		let lastEventId = '';
		source.addEventListener('open', () => {
			this.failures = 0;
			this.stopPolling();
			this.handlers.onStatus('live');
			// A reconnect with Last-Event-ID is replayed by the server (or answered with
			// "refetch"); a fresh connection knows nothing of what happened before it.
			if (!opened || lastEventId === '') {
				this.handlers.onRefetch();
			}
			opened = true;
		});
		source.addEventListener('series', (event) => {
			lastEventId = event.lastEventId || lastEventId;
			const data = parse(event.data);
			if (data && typeof data.subject === 'string' && typeof data.category === 'string') {
				this.handlers.onSeries(data);
			}
		});
		source.addEventListener('refetch', () => this.handlers.onRefetch());
		source.addEventListener('error', () => this.streamFailed(source));
	}

	streamFailed(source) {
		if (source !== this.source) {
			return;
		}
		this.failures += 1;
		// CLOSED: the browser will not retry (404, not an event stream); CONNECTING: it will
		if (source.readyState === EventSource.CLOSED || this.failures >= MAX_STREAM_FAILURES) {
			this.closeStream();
			this.startPolling();
			this.retryTimer = setTimeout(() => {
				this.failures = 0;
				this.openStream();
			}, STREAM_RETRY_MS);
		} else {
			this.handlers.onStatus(navigator.onLine === false ? 'offline' : 'connecting');
		}
	}

	closeStream() {
		if (this.source) {
			this.source.close();
			this.source = null;
		}
		clearTimeout(this.retryTimer);
	}

	startPolling() {
		if (this.pollTimer !== null) {
			return;
		}
		this.handlers.onStatus('polling');
		// no baseline yet: the first poll reloads everything, covering whatever the failed
		// stream did not deliver
		this.changeMark = null;
		const tick = async () => {
			await this.poll();
			if (this.pollTimer !== null) {
				this.pollTimer = setTimeout(tick, this.pollMs);
			}
		};
		this.pollTimer = setTimeout(tick, 0);
	}

	stopPolling() {
		clearTimeout(this.pollTimer);
		this.pollTimer = null;
	}

	async poll() {
		try {
			const latestChanged = await this.pollLatestDeltas();
			const claimsChanged = await this.pollNewestChange();
			if (this.pollTimer === null) {
				return; // the stream came back while we asked
			}
			this.handlers.onStatus('polling');
			if (latestChanged || claimsChanged) {
				this.handlers.onRefetch();
			}
		} catch (error) {
			if (error instanceof OfflineError) {
				this.handlers.onStatus('offline');
			} else {
				this.handlers.onStatus('polling', error.message);
			}
		}
	}

	// the newest delta of every series: 304 while nothing moved
	async pollLatestDeltas() {
		if (this.latestMissing) {
			return false;
		}
		try {
			const headers = this.latestETag ? { 'If-None-Match': this.latestETag } : {};
			const answer = await get('api/v1/deltas/latest', {}, headers);
			if (answer.status === 304) {
				return false;
			}
			const first = this.latestETag === null;
			this.latestETag = answer.etag;
			return !first;
		} catch (error) {
			if (isMissing(error)) {
				this.latestMissing = true;
				return false;
			}
			throw error;
		}
	}

	// A claim that starts a series, or lands before a series' newest, leaves the latest
	// deltas as they were; the most recently changed claim tells us about those too.
	async pollNewestChange() {
		const answer = await get('api/v1/claims', { status: 'all', sort: 'updatedAt,desc', size: 1 });
		const newest = (answer.body && answer.body.content && answer.body.content[0]) || null;
		const mark = newest ? `${newest.id}/${newest.version}/${newest.updatedAt}` : '';
		const changed = mark !== this.changeMark;
		this.changeMark = mark;
		return changed;
	}
}

function parse(text) {
	try {
		return JSON.parse(text);
	} catch (ignored) {
		return null;
	}
}
