package org.casualtyclaims.extraction;

/**
 * A stretch of the submitted text, in UTF-16 code units as JavaScript counts them.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record Span(int start, int end) {
}
