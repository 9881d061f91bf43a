package org.casualtyclaims.claim;

import java.util.List;

import org.casualtyclaims.web.PageResponse;

/**
 * A page of claims as {@code /api/v1/claims} sends it, named for the OpenAPI document
 * only: the handler writes cached bytes, so springdoc cannot see the type.
 */
record ClaimPage(List<ClaimResponse> content, PageResponse.Metadata page) {
}
