/**
 * Alerts on deltas: subscriptions, the transactional outbox filled by claim writes, and
 * the worker that delivers signed webhooks from it.
 */
package org.casualtyclaims.alert;
