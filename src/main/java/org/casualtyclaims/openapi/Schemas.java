package org.casualtyclaims.openapi;

import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/** Building and reading schema objects the same way under OpenAPI 3.0 and 3.1 models. */
final class Schemas {

	private Schemas() {
	}

	static Schema<Object> of(String type) {
		Schema<Object> schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(Set.of(type));
		return schema;
	}

	static Schema<Object> string(int maxLength) {
		return of("string").maxLength(maxLength);
	}

	static Schema<Object> integer(String format, long minimum, long maximum) {
		return of("integer").format(format)
			.minimum(java.math.BigDecimal.valueOf(minimum))
			.maximum(java.math.BigDecimal.valueOf(maximum));
	}

	static Schema<Object> ref(String name) {
		return new Schema<>().$ref("#/components/schemas/" + name);
	}

	static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}

	@SuppressWarnings("rawtypes")
	static Map<String, Schema> properties(Schema<?> schema) {
		return (schema.getProperties() != null) ? schema.getProperties() : Map.of();
	}

}
