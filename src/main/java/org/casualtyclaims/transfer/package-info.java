/**
 * Data in and out in bulk: CSV and NDJSON exports of the listings, streamed in chunks,
 * and the CSV cell rules (RFC 4180, the formula guard) that imports undo.
 */
package org.casualtyclaims.transfer;
