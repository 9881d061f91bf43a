package org.casualtyclaims.idempotency;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes records past their 24 hours. Lookups already ignore them; this only keeps the
 * table small. Safe on every instance at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExpiredRecordPurge {

	private static final Log log = LogFactory.getLog(ExpiredRecordPurge.class);

	private final IdempotencyRecords records;

	private final Clock clock;

	ExpiredRecordPurge(IdempotencyRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${claims.idempotency.purge-interval:PT1H}",
			fixedDelayString = "${claims.idempotency.purge-interval:PT1H}")
	public void purge() {
		int purged = this.records.purgeExpired(this.clock.instant());
		if (purged > 0) {
			log.info("Purged " + purged + " expired idempotency records");
		}
	}

}
