package org.casualtyclaims.idempotency;

/**
 * One use of an {@code Idempotency-Key}: whose it is, on which endpoint, and a hash of
 * what was sent with it.
 */
record IdempotentRequest(String caller, String scope, String key, String requestHash) {

}
