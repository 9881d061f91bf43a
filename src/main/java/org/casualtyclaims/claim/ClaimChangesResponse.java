package org.casualtyclaims.claim;

import java.util.List;

/**
 * One page of the change feed.
 *
 * @param content the changed claims in change order, each in its current state
 * @param next the cursor to send as {@code after} for the following page; the same cursor
 * as sent when nothing new has committed
 * @param hasMore whether more changes are ready now; when false, poll {@code next} later
 */
public record ClaimChangesResponse(List<ClaimResponse> content, String next, boolean hasMore) {
}
