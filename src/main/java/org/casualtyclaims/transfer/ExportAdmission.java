package org.casualtyclaims.transfer;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import org.casualtyclaims.web.ProblemTypes;
import org.casualtyclaims.web.TooBusyException;

/**
 * Counts running exports per client address and in total. An export is one request for
 * the rate limit but can keep a thread and the database busy for minutes, so the number
 * running at once is what bounds its cost.
 */
@Component
class ExportAdmission {

	private final ExportProperties properties;

	private final Map<String, Integer> perAddress = new HashMap<>();

	private int total;

	ExportAdmission(ExportProperties properties) {
		this.properties = properties;
	}

	synchronized Runnable admit(String address) {
		if (this.total >= this.properties.maxTotal()) {
			throw new TooBusyException(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.TOO_MANY_EXPORTS,
					"The service runs as many exports as it accepts (" + this.properties.maxTotal() + "); retry later.",
					this.properties.retryAfter());
		}
		int running = this.perAddress.getOrDefault(address, 0);
		if (running >= this.properties.maxPerAddress()) {
			throw new TooBusyException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_EXPORTS,
					"Your address runs as many exports at once as one address may (" + this.properties.maxPerAddress()
							+ "); wait for one to finish.",
					this.properties.retryAfter());
		}
		this.total++;
		this.perAddress.put(address, running + 1);
		return () -> release(address);
	}

	private synchronized void release(String address) {
		this.total--;
		this.perAddress.computeIfPresent(address, (a, n) -> (n > 1) ? n - 1 : null);
	}

}
