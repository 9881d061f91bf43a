package org.casualtyclaims.openapi;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.casualtyclaims.web.CachedReadRequest;

/**
 * The parts of the document no controller knows: who publishes the API and in which
 * version (the build's), where it runs, how a key is sent, and the resource groups. The
 * customizers beside this class add the responses and limits.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// what a cached read learns of its request, resolved by Spring: no client
		// parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CachedReadRequest.class);
	}

	static final String BEARER_KEY = "bearerKey";

	static final String HEADER_KEY = "headerKey";

	// the tag of each path prefix: resources, not controllers, so clients get one API
	// class per resource
	static final Map<String, String> TAGS_BY_PREFIX = Map.ofEntries(Map.entry("/api/v1/claims", "claims"),
			Map.entry("/api/v1/reports", "reports"), Map.entry("/api/v1/series", "series"),
			Map.entry("/api/v1/subjects", "series"), Map.entry("/api/v1/deltas", "deltas"),
			Map.entry("/api/v1/api-keys", "api-keys"), Map.entry("/api/v1/extractions", "extractions"),
			Map.entry("/api/v1/subscriptions", "subscriptions"), Map.entry("/api/v1/conflicts", "analysis"),
			Map.entry("/api/v1/ratios", "analysis"), Map.entry("/api/v1/flags", "analysis"));

	private static final String DESCRIPTION = """
			Dated casualty claims from armed conflicts (who said which figure, where and when) \
			and how the figures move between claims of one series.

			Reads are open unless the service runs with CLAIMS_PUBLIC_READ=false; writes need \
			an API key of role analyst, key management one of role admin. Every error is \
			application/problem+json (RFC 9457). Requests are rate-limited per key and per \
			client address; the RateLimit-* headers tell how much is left.""";

	@Bean
	OpenAPI casualtyClaimsOpenApi(ObjectProvider<BuildProperties> build, OpenApiProperties properties) {
		BuildProperties buildProperties = build.getIfAvailable();
		String version = (buildProperties != null) ? buildProperties.getVersion() : "development";
		Server server = new Server().url(properties.serverUrl()).description(properties.serverDescription());
		// the API is meant for other teams: not an internal one
		server.addExtension("x-internal", false);
		return new OpenAPI()
			.info(new Info().title("Casualty claims API")
				.version(version)
				.description(DESCRIPTION)
				.contact(new Contact().name("casualty-claims maintainers").url("https://casualty-claims.org"))
				// the repository grants no licence yet; SPDX's LicenseRef- names such a
				// case
				.license(new License().name("All rights reserved (no licence granted yet)")
					.identifier("LicenseRef-All-Rights-Reserved")))
			.servers(List.of(server))
			.tags(List.of(tag("claims", "Dated figures with their provenance: create, correct, retract, list"),
					tag("reports", "An article or briefing with every claim found in it, stored all or nothing"),
					tag("series", "The claims of one subject and category, and the subjects in use"),
					tag("deltas", "How a figure moved between two claims of a series"),
					tag("extractions", "Claims suggested from an article's text, for an analyst to confirm"),
					tag("subscriptions", "Alerts on deltas, sent as signed webhooks"),
					tag("analysis", "Conflicting claims, ratios of two categories and consistency flags"),
					tag("api-keys", "Issuing and revoking API keys (admin only)")))
			.components(new Components()
				.addSecuritySchemes(BEARER_KEY,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("An API key: Authorization: Bearer {key}"))
				.addSecuritySchemes(HEADER_KEY,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.HEADER)
							.name("X-API-Key")
							.description("The same key in X-API-Key")));
	}

	private static Tag tag(String name, String description) {
		return new Tag().name(name).description(description);
	}

}
