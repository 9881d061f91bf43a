/**
 * Suggests claims from a report's text: a deterministic, rule-based reader of figures,
 * categories, speakers, dates and sources, and the endpoint that serves it.
 */
package org.casualtyclaims.extraction;
