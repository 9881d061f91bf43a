package org.casualtyclaims.change;

/**
 * Changes happened that no notification names: the listener (re)connected, a write
 * touched too many series to name, or a committed write went unannounced (its instance
 * died). Whatever is derived from notifications must be rebuilt from the database.
 */
public record ChangesMissed() {
}
