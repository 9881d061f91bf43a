package org.casualtyclaims.delta;

import java.util.List;

import org.casualtyclaims.web.PageResponse;

/**
 * A page of deltas as {@code /api/v1/deltas} sends it, named for the OpenAPI document
 * only: the handler writes cached bytes, so springdoc cannot see the type.
 */
record DeltaPage(List<DeltaResponse> content, PageResponse.Metadata page) {
}
