package org.casualtyclaims.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the OpenAPI document says about where the service runs
 * ({@code CLAIMS_OPENAPI_SERVER_URL}, {@code CLAIMS_OPENAPI_SERVER_DESCRIPTION}).
 *
 * @param serverUrl the base URL clients should call; the default {@code /} means the host
 * that served the document, which is right for any deployment that does not rewrite paths
 * @param serverDescription which environment that is (production, staging, local...)
 */
@ConfigurationProperties("claims.openapi")
public record OpenApiProperties(@DefaultValue("/") String serverUrl,
		@DefaultValue("Production: the instance that served this document") String serverDescription) {

}
