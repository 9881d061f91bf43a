package org.casualtyclaims.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings; {@code CLAIMS_PUBLIC_READ}, {@code CLAIMS_ADMIN_KEY} and
 * {@code CLAIMS_CORS_ALLOWED_ORIGINS} bind by name.
 *
 * @param publicRead whether reads need no key
 * @param adminKey installed as the admin key named {@code admin} at start when no active
 * admin key exists; never logged
 * @param cors which browser origins may call the API from other sites
 */
@ConfigurationProperties("claims")
public record ClaimsProperties(@DefaultValue("true") boolean publicRead, String adminKey, @DefaultValue Cors cors) {

	/**
	 * Cross-origin access for browser dashboards: any origin, read-only, by default. Add
	 * POST, PUT and DELETE to the methods to let a browser app write.
	 */
	public record Cors(@DefaultValue("*") List<String> allowedOrigins, @DefaultValue( {
			"GET", "HEAD", "OPTIONS" }) List<String> allowedMethods){
	}

}
