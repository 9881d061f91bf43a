package org.casualtyclaims.alert;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How alerts are delivered ({@code CLAIMS_WEBHOOKS_*}).
 *
 * @param enabled whether this instance runs a delivery worker; alerts are still written
 * to the outbox without one, and any instance with a worker sends them
 * @param pollInterval how often the worker looks for due alerts when the last poll found
 * none
 * @param batchSize alerts leased and sent (concurrently) per poll
 * @param connectTimeout the longest wait for a TCP (and TLS) connection to a target
 * @param requestTimeout the longest wait for a target's response headers
 * @param maxAttempts attempts before an alert is marked failed
 * @param backoffBase the delay after the first failed attempt; it doubles per attempt
 * @param backoffMax the longest delay between two attempts
 * @param allowedNetworks CIDR blocks a target may resolve into although they are
 * loopback, private, link-local or otherwise internal (e.g. {@code 127.0.0.1/32}); empty:
 * none
 */
@ConfigurationProperties("claims.webhooks")
record WebhookProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("20") int batchSize, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10s") Duration backoffBase, @DefaultValue("1h") Duration backoffMax,
		@DefaultValue List<String> allowedNetworks) {

	/**
	 * How long a leased alert stays invisible to other workers: past the send's own
	 * timeouts, so a live send is never overtaken by a second one.
	 */
	Duration lease() {
		return this.connectTimeout.plus(this.requestTimeout).multipliedBy(2);
	}

}
