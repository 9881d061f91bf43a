package org.casualtyclaims.openapi;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Drops the schemas nothing refers to any more (Spring's ProblemDetail, the raw page
 * type), which the customizers replaced with precise ones: a generated client would
 * otherwise carry dead model classes, and linters check them like live ones.
 */
@Component
@Order(Integer.MAX_VALUE)
class UnusedSchemas implements OpenApiCustomizer {

	private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/([A-Za-z0-9_.-]+)");

	@Override
	public void customise(OpenAPI api) {
		if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
			return;
		}
		// a schema only some unused schema refers to goes too, hence the loop
		boolean removed = true;
		while (removed) {
			Matcher matcher = REFERENCE.matcher(Json31.pretty(api));
			Set<String> used = matcher.results().map((match) -> match.group(1)).collect(Collectors.toSet());
			removed = api.getComponents().getSchemas().keySet().removeIf((name) -> !used.contains(name));
		}
	}

}
