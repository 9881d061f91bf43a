package org.casualtyclaims.change;

/**
 * The listening connection was lost, so notifications may have been missed: whatever
 * is derived from them must be rebuilt from the database.
 */
public record ChangesMissed() {
}
