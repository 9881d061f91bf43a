package org.casualtyclaims.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The response cache ({@link CachedReads}); {@code CLAIMS_RESPONSE_CACHE_MAX_SIZE} binds
 * by name.
 *
 * @param maxSize the bytes the cached responses may hold (both the identity and the gzip
 * bytes, plus a fixed overhead per entry); past it the least useful entries go
 */
@ConfigurationProperties("claims.response-cache")
public record ResponseCacheProperties(@DefaultValue("32MB") DataSize maxSize) {

}
