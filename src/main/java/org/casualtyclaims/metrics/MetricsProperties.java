package org.casualtyclaims.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The domain gauges; {@code CLAIMS_METRICS_DOMAIN_REFRESH} binds by name.
 *
 * @param domainRefresh how often the gauges are read from the database (one query, off
 * the request path); a scrape in between sees the last figures
 */
@ConfigurationProperties("claims.metrics")
public record MetricsProperties(@DefaultValue("30s") Duration domainRefresh) {

	public MetricsProperties {
		if (domainRefresh == null || domainRefresh.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("claims.metrics.domain-refresh must be at least 1s");
		}
	}

}
