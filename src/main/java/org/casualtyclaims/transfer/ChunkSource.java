package org.casualtyclaims.transfer;

import java.util.List;
import java.util.Map;

/**
 * One listing read in keyset order, a chunk at a time. Each call runs in its own short
 * read-only transaction, so no connection is held while the client reads.
 *
 * @param <K> the position after the last row read ({@code null} before the first chunk)
 */
public interface ChunkSource<K> {

	/** Up to {@code limit} rows after {@code after}, in order; fewer only at the end. */
	Chunk<K> next(K after, int limit);

	/** Response headers to send, asked once the first chunk is read. */
	default Map<String, String> headers() {
		return Map.of();
	}

	/** The rows read, as response objects, and the position after the last. */
	record Chunk<K>(List<?> rows, K last) {
	}

}
