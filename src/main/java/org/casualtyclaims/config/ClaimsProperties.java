package org.casualtyclaims.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings; {@code CLAIMS_PUBLIC_READ} and {@code CLAIMS_ADMIN_KEY}
 * bind by name.
 */
@ConfigurationProperties("claims")
public record ClaimsProperties(@DefaultValue("true") boolean publicRead, String adminKey) {

}
