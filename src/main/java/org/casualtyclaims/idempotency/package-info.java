/**
 * Idempotency-Key: a retried POST replays its first response instead of writing again.
 */
package org.casualtyclaims.idempotency;
