package org.casualtyclaims.stream;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts open streams in total and per client address and refuses one over either cap. A
 * slot is held until the connection really ends, not when the hub stops sending to it, so
 * a client cannot open more while its dropped streams still hold a socket.
 */
final class StreamAdmission {

	private final int maxTotal;

	private final int maxPerAddress;

	private final Map<String, Integer> perAddress = new HashMap<>();

	private int total;

	StreamAdmission(int maxTotal, int maxPerAddress) {
		this.maxTotal = maxTotal;
		this.maxPerAddress = maxPerAddress;
	}

	synchronized Slot admit(String address) {
		if (this.total >= this.maxTotal) {
			throw new TooManyStreamsException("The service has as many open streams as it accepts (" + this.maxTotal
					+ "); reconnect later or poll /api/v1/deltas/latest.");
		}
		int fromAddress = this.perAddress.getOrDefault(address, 0);
		if (fromAddress >= this.maxPerAddress) {
			throw new TooManyStreamsException("Your address has as many open streams as one address may ("
					+ this.maxPerAddress + "); close one or reconnect later.");
		}
		this.total++;
		this.perAddress.put(address, fromAddress + 1);
		return new Slot(address);
	}

	synchronized int open() {
		return this.total;
	}

	private synchronized void release(String address) {
		this.total--;
		this.perAddress.computeIfPresent(address, (a, n) -> (n > 1) ? n - 1 : null);
	}

	/** One admitted stream; releasing it twice counts once. */
	final class Slot {

		private final String address;

		private final AtomicBoolean released = new AtomicBoolean();

		private Slot(String address) {
			this.address = address;
		}

		void release() {
			if (this.released.compareAndSet(false, true)) {
				StreamAdmission.this.release(this.address);
			}
		}

	}

}
