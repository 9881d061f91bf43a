package org.casualtyclaims.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import org.casualtyclaims.web.ConditionalRead;

/**
 * The reads marked {@link ConditionalRead} take {@code If-None-Match}, send an
 * {@code ETag} and may answer 304.
 */
@Component
class ConditionalReads implements GlobalOperationCustomizer {

	// an entity tag is a quoted version or hash; a list of them fits in a header
	private static final int MAX_TAG_LENGTH = 200;

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		if (!handlerMethod.hasMethodAnnotation(ConditionalRead.class)) {
			return operation;
		}
		operation.addParametersItem(new HeaderParameter().name("If-None-Match")
			.description("An ETag from an earlier answer: 304 while it is still current")
			.schema(Schemas.string(MAX_TAG_LENGTH)));
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = responses.get("200");
		if (ok != null) {
			ok.addHeaderObject("ETag", etag());
		}
		responses.addApiResponse("304",
				new ApiResponse().description("If-None-Match names the current ETag: nothing changed, no body")
					.addHeaderObject("ETag", etag()));
		return operation;
	}

	static Header etag() {
		Schema<Object> tag = Schemas.string(MAX_TAG_LENGTH).pattern("^(W/)?\"[^\"]*\"$");
		return new Header().description("A strong entity tag of this answer").schema(tag);
	}

}
