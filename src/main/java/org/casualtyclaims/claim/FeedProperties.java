package org.casualtyclaims.claim;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of the change feed ({@code CLAIMS_FEED_DEFAULT_SIZE},
 * {@code CLAIMS_FEED_MAX_SIZE}).
 *
 * @param defaultSize claims per page when {@code size} is not given
 * @param maxSize the largest {@code size} a client may ask for
 */
@ConfigurationProperties("claims.feed")
public record FeedProperties(@DefaultValue("100") int defaultSize, @DefaultValue("500") int maxSize) {
}
