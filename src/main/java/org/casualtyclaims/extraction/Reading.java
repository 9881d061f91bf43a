package org.casualtyclaims.extraction;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.Qualifier;

/**
 * What a figure counts, as far as its sentence says.
 *
 * @param category what it counts
 * @param qualifier how it was hedged
 * @param subject who it counts, or null when the sentence does not say
 * @param certainty how directly the wording gave the category, 0 to 1
 */
record Reading(Category category, Qualifier qualifier, String subject, double certainty) {
}
