package org.casualtyclaims.idempotency;

/** The first response to a key: enough to send it again unchanged. */
record StoredResponse(int status, String location, String etag, String body) {

}
