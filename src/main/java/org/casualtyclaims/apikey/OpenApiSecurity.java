package org.casualtyclaims.apikey;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;

import org.springframework.context.annotation.Configuration;

/** Declares the two ways to send a key, so Swagger UI offers an Authorize button. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(security = { @SecurityRequirement(name = "bearerKey"), @SecurityRequirement(name = "headerKey") })
@SecuritySchemes({
		@SecurityScheme(name = "bearerKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
				description = "An API key: Authorization: Bearer {key}"),
		@SecurityScheme(name = "headerKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
				paramName = "X-API-Key", description = "The same key in X-API-Key") })
class OpenApiSecurity {

}
