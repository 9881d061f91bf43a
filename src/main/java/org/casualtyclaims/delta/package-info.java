/**
 * Deltas: how a figure moved between two claims of a series, and the feed dashboards
 * poll.
 */
package org.casualtyclaims.delta;
