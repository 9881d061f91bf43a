package org.casualtyclaims.change;

import java.util.Set;

/**
 * Some instance committed writes that changed these series. Published on every instance,
 * the writer included, once PostgreSQL delivers the notification, which may cover several
 * writes.
 *
 * @param id the highest change number the notification covers (numbers grow with every
 * write and are the same on every instance)
 */
public record SeriesChanged(long id, Set<SeriesRef> series) {
}
