package org.casualtyclaims.extraction;

import org.casualtyclaims.claim.ClaimRequest;

/**
 * A claim the text seems to make, for an analyst to confirm.
 *
 * @param claim a claim body ready to post
 * @param confidence how sure the reading is, from 0 to 1
 * @param quoteSpan where the claim's quote (its sentence) is in the text
 * @param figureSpan where its figure is in the text
 */
public record Candidate(ClaimRequest claim, double confidence, Span quoteSpan, Span figureSpan) {
}
