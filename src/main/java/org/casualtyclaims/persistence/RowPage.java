package org.casualtyclaims.persistence;

import java.util.List;

/**
 * One page of rows and how many rows there are in all, read from one snapshot by
 * {@link PagedReads}.
 *
 * @param items the rows of this page, in the query's order
 * @param total the rows matching the query across all pages
 * @param page the page number, from 0
 * @param size the most rows a page holds
 */
public record RowPage<T>(List<T> items, long total, int page, int size) {

}
