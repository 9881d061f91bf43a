package org.casualtyclaims.change;

import java.util.Set;

/**
 * Some instance committed a write that changed these series. Published on every
 * instance, the writer included, once PostgreSQL delivers the notification.
 *
 * @param id a number that grows with every change, the same on every instance
 */
public record SeriesChanged(long id, Set<SeriesRef> series) {
}
