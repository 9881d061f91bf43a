package org.casualtyclaims.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@code POST /api/v1/extractions} ({@code CLAIMS_EXTRACTION_MAX_TEXT_LENGTH}).
 *
 * @param maxTextLength the longest text read, in characters (UTF-16 code units)
 */
@ConfigurationProperties("claims.extraction")
public record ExtractionProperties(@DefaultValue("200000") int maxTextLength) {
}
