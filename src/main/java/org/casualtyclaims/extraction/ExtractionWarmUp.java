package org.casualtyclaims.extraction;

import java.time.LocalDate;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads ICU's number rules and warms the extractor once the service is ready, off the
 * start-up path: the first extraction costs seconds otherwise, and an analyst would wait
 * for it.
 */
@Component
class ExtractionWarmUp {

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		Thread thread = new Thread(() -> ClaimExtractor.extract(
				"The ministry said on Thursday that at least three thousand soldiers had been killed.",
				LocalDate.of(2025, 1, 10), null), "extraction-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

}
