package org.casualtyclaims.extraction;

import java.util.List;

/**
 * The claims a text seems to make, in the order of their figures.
 *
 * @param candidates each with a claim body ready to post
 */
public record ExtractionResponse(List<Candidate> candidates) {
}
