package org.casualtyclaims.change;

import org.casualtyclaims.claim.Category;

/** One series: a normalized subject key and a category. */
public record SeriesRef(String subjectKey, Category category) {
}
