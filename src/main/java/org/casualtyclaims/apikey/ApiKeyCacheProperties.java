package org.casualtyclaims.apikey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a verified key is trusted without asking PostgreSQL again, and for how many
 * keys. Reads may go on for up to {@code ttl} after another instance revoked the key;
 * writes never do (see {@link WritingKeyCheck}). A zero {@code ttl} turns the cache off.
 */
@ConfigurationProperties("claims.api-keys.cache")
record ApiKeyCacheProperties(@DefaultValue("5s") Duration ttl, @DefaultValue("10000") int maxEntries) {

	ApiKeyCacheProperties {
		if (ttl.isNegative()) {
			throw new IllegalArgumentException("claims.api-keys.cache.ttl must not be negative");
		}
		if (maxEntries < 1) {
			throw new IllegalArgumentException("claims.api-keys.cache.max-entries must be at least 1");
		}
	}

}
