package org.casualtyclaims.series;

import java.util.List;

import org.casualtyclaims.web.PageResponse;

/**
 * A page of series as {@code /api/v1/series} sends it, named for the OpenAPI document
 * only: the handler writes cached bytes, so springdoc cannot see the type.
 */
record SeriesPage(List<SeriesResponse> content, PageResponse.Metadata page) {
}
