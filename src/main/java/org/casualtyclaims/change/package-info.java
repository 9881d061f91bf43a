/**
 * Tells every instance sharing the database that series changed: NOTIFY after commit from
 * one batching sender, LISTEN on a connection of its own, re-published as Spring events,
 * with a poll of {@code change_event_ids} to catch what was never announced.
 */
package org.casualtyclaims.change;
