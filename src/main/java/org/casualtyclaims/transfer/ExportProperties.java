package org.casualtyclaims.transfer;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk exports (CSV, NDJSON) of the listings.
 *
 * @param chunkSize rows read per short read-only transaction; the memory an export holds
 * @param csvChunkSize rows per read-only transaction of a CSV export of a listing that
 * writes its cells straight from SQL (claims): held as encoded bytes, about 250 a claim
 * @param maxPerAddress exports running at once from one client address; one more is 429
 * @param maxTotal exports running at once on this instance; one more is 503
 * @param retryAfter the {@code Retry-After} of those answers
 */
@ConfigurationProperties("claims.export")
public record ExportProperties(@DefaultValue("1000") int chunkSize, @DefaultValue("10000") int csvChunkSize,
		@DefaultValue("2") int maxPerAddress, @DefaultValue("8") int maxTotal,
		@DefaultValue("10s") Duration retryAfter) {

	public ExportProperties {
		if (chunkSize < 1 || csvChunkSize < 1 || maxPerAddress < 1 || maxTotal < 1) {
			throw new IllegalArgumentException(
					"claims.export.chunk-size, csv-chunk-size, max-per-address and max-total must be at least 1");
		}
	}

}
